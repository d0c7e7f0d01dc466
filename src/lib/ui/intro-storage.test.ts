import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	INTRO_CLOSED_CLASS,
	INTRO_KEY,
	introDismissed,
	rememberIntroDismissed,
	type IntroStore
} from './intro-storage';

function memory(): IntroStore & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v)
	};
}
const throwing: IntroStore = {
	getItem: () => {
		throw new Error('SecurityError');
	},
	setItem: () => {
		throw new Error('QuotaExceededError');
	}
};

describe('first-visit introduction storage', () => {
	it('shows on a first visit, and never again once dismissed', () => {
		const store = memory();
		expect(introDismissed(store)).toBe(false);
		expect(rememberIntroDismissed(store)).toBe(true);
		expect(store.data.get(INTRO_KEY)).toBe('1');
		expect(introDismissed(store)).toBe(true);
	});
	it('shows, and does not throw, when storage is missing or refuses', () => {
		expect(introDismissed(null)).toBe(false);
		expect(rememberIntroDismissed(null)).toBe(false);
		expect(introDismissed(throwing)).toBe(false);
		expect(rememberIntroDismissed(throwing)).toBe(false);
	});
});

describe('the head script that hides a dismissed introduction before the first paint', () => {
	const read = (p: string) => readFileSync(fileURLToPath(new URL(p, import.meta.url)), 'utf8');
	// The inline script of app.html that reads the remembered choice.
	const script = [...read('../../app.html').matchAll(/<script>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1]!)
		.find((body) => body.includes('localStorage'))!;
	function classesAfter(store: IntroStore): string[] {
		const classes: string[] = [];
		const document = { documentElement: { classList: { add: (c: string) => classes.push(c) } } };
		new Function('localStorage', 'document', script)(store, document);
		return classes;
	}

	it('hides it once dismissed through intro-storage, under the class the component hides', () => {
		const store = memory();
		expect(classesAfter(store)).toEqual([]);
		rememberIntroDismissed(store);
		expect(classesAfter(store)).toEqual([INTRO_CLOSED_CLASS]);
		expect(read('./FirstVisitIntro.svelte')).toContain(
			`:global(html.${INTRO_CLOSED_CLASS}) .intro`
		);
	});
	it('leaves it shown when storage refuses, without throwing', () => {
		expect(classesAfter(throwing)).toEqual([]);
	});
});
