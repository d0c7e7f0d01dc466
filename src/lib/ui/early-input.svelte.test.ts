import { describe, expect, it } from 'vitest';
import { replayEarlyInput, type EarlyChoice } from './early-input';

function select(values: string[], current: string): HTMLSelectElement {
	const el = document.createElement('select');
	for (const v of values) el.append(new Option(v, v));
	el.value = current;
	document.body.append(el);
	return el;
}

describe('replayEarlyInput', () => {
	it('puts back a list choice that hydration reset, and fires its change handler', () => {
		// Hydration put « petite_enfance » back; the user had chosen « jeunesse ».
		const el = select(['petite_enfance', 'jeunesse'], 'petite_enfance');
		const seen: string[] = [];
		el.addEventListener('change', () => seen.push(el.value));
		const recorded = new Map<EventTarget, EarlyChoice>([
			[el, { value: 'jeunesse', checked: false }]
		]);
		expect(replayEarlyInput(recorded)).toBe(1);
		expect(el.value).toBe('jeunesse');
		expect(seen).toEqual(['jeunesse']);
		expect(recorded.size).toBe(0);
	});

	it('puts back a box ticked early', () => {
		const box = document.createElement('input');
		box.type = 'checkbox';
		document.body.append(box);
		let changes = 0;
		box.addEventListener('change', () => changes++);
		expect(replayEarlyInput(new Map([[box, { value: 'on', checked: true }]]))).toBe(1);
		expect(box.checked).toBe(true);
		expect(changes).toBe(1);
	});

	it('reads a file chosen early, still in its box; not a box emptied since', () => {
		const withFile = document.createElement('input');
		withFile.type = 'file';
		const emptied = document.createElement('input');
		emptied.type = 'file';
		document.body.append(withFile, emptied);
		const file = new File(['code;nb\n30007;2\n'], 'assos.csv', { type: 'text/csv' });
		Object.defineProperty(withFile, 'files', { value: [file] });
		Object.defineProperty(emptied, 'files', { value: [] });
		const read: string[] = [];
		for (const el of [withFile, emptied])
			el.addEventListener('change', () => read.push(...[...el.files!].map((f) => f.name)));
		const n = replayEarlyInput(
			new Map([
				[withFile, { value: 'C:\\fakepath\\assos.csv', checked: false }],
				[emptied, { value: 'C:\\fakepath\\autre.csv', checked: false }]
			])
		);
		expect(n).toBe(1);
		expect(read).toEqual(['assos.csv']);
	});

	it('leaves alone what already agrees, left the page, or is no longer offered', () => {
		const same = select(['a', 'b'], 'b');
		const gone = select(['a', 'b'], 'a');
		gone.remove();
		const missing = select(['a', 'b'], 'a');
		let changes = 0;
		for (const el of [same, gone, missing]) el.addEventListener('change', () => changes++);
		const n = replayEarlyInput(
			new Map([
				[same, { value: 'b', checked: false }],
				[gone, { value: 'b', checked: false }],
				[missing, { value: 'z', checked: false }]
			])
		);
		expect(n).toBe(0);
		expect(changes).toBe(0);
		expect(replayEarlyInput(undefined)).toBe(0);
	});
});
