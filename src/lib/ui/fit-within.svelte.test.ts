import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fitWithin } from './fit-within';

beforeAll(() => {
	// jsdom has no ResizeObserver; the sizes here do not change.
	globalThis.ResizeObserver ??= class {
		observe() {}
		disconnect() {}
	} as unknown as typeof ResizeObserver;
});
afterEach(() => {
	document.body.innerHTML = '';
	document.documentElement.className = '';
});

/**
 * A block in a 100 px high container. jsdom lays nothing out: the block's bottom is given per
 * cut, 160 px whole, 130 at 3 lines, 95 at 2, 80 at 1; so the fewest cuts that fit are 2 lines.
 */
function setup() {
	const box = document.createElement('aside');
	const block = document.createElement('section');
	box.append(block);
	document.body.append(box);
	const bottoms: Record<string, number> = { none: 160, '3': 130, '2': 95, '1': 80 };
	box.getBoundingClientRect = () => ({ width: 300, height: 100, bottom: 100 }) as DOMRect;
	const measured = vi.fn(() => ({ bottom: bottoms[block.dataset.clamp ?? 'none'] }) as DOMRect);
	block.getBoundingClientRect = measured;
	return { block, measured };
}
const mutationsSeen = () => new Promise((resolve) => setTimeout(resolve));

describe('fitWithin', () => {
	it('cuts a block as little as fits its container', () => {
		const { block } = setup();
		fitWithin([3, 2, 1], 'aside')(block);
		expect(block.dataset.clamp).toBe('2');
	});

	it('with a root class asked, leaves the block whole and measures nothing until the class comes', async () => {
		const { block, measured } = setup();
		const stop = fitWithin([3, 2, 1], 'aside', 'presenting')(block);
		expect(block.dataset.clamp).toBe('none');
		expect(measured).not.toHaveBeenCalled();
		// Presenting: cut as little as fits; back to the page: whole again.
		document.documentElement.classList.add('presenting');
		await mutationsSeen();
		expect(block.dataset.clamp).toBe('2');
		document.documentElement.classList.remove('presenting');
		await mutationsSeen();
		expect(block.dataset.clamp).toBe('none');
		stop();
	});
});
