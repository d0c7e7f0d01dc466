import { describe, expect, it } from 'vitest';
import { onEscape } from './escape';

const press = (el: Element, key: string, handled = false) => {
	const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
	if (handled) e.preventDefault();
	el.dispatchEvent(e);
};

describe('onEscape', () => {
	it('runs on Échap inside the element, not on other keys, not once handled, not after cleanup', () => {
		const box = document.createElement('div');
		const inner = document.createElement('button');
		box.append(inner);
		let closed = 0;
		const cleanup = onEscape(() => closed++)(box);
		press(inner, 'Escape');
		expect(closed).toBe(1);
		press(inner, 'Enter');
		expect(closed).toBe(1);
		press(inner, 'Escape', true); // a list inside closed first
		expect(closed).toBe(1);
		if (typeof cleanup === 'function') cleanup();
		press(inner, 'Escape');
		expect(closed).toBe(1);
	});
});
