import { describe, expect, it } from 'vitest';
import {
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
