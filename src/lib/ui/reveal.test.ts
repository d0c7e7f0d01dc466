import { describe, expect, it, vi } from 'vitest';
import { revealBelow } from './reveal';

/** A window of 844 px whose one-column media query answers `narrow`. */
const win = (narrow: boolean) =>
	({
		innerHeight: 844,
		matchMedia: () => ({ matches: narrow })
	}) as unknown as Window;

/** A panel whose top is at `top` px in the window. */
const panel = (top: number) => {
	const scrollIntoView = vi.fn();
	const el = { getBoundingClientRect: () => ({ top }), scrollIntoView } as unknown as Element;
	return { el, scrollIntoView };
};

describe('revealBelow (a commune panel opened below the map on a phone)', () => {
	it('scrolls a panel that starts below the window to the top, at once (a navigation ending stops a smooth scroll)', () => {
		const { el, scrollIntoView } = panel(1200);
		expect(revealBelow(el, win(true))).toBe(true);
		expect(scrollIntoView).toHaveBeenCalledWith({ block: 'start', behavior: 'auto' });
	});

	it('brings up the button above it instead when asked, judged by the panel’s own place', () => {
		const { el, scrollIntoView } = panel(900);
		const button = panel(800);
		expect(revealBelow(el, win(true), button.el)).toBe(true);
		expect(scrollIntoView).not.toHaveBeenCalled();
		expect(button.scrollIntoView).toHaveBeenCalledWith({ block: 'start', behavior: 'auto' });
		// The panel in sight: nothing moves, wherever the button is.
		const seen = panel(300);
		expect(revealBelow(seen.el, win(true), panel(-50).el)).toBe(false);
	});

	it('scrolls back to a panel above the window', () => {
		const { el, scrollIntoView } = panel(-300);
		expect(revealBelow(el, win(true))).toBe(true);
		expect(scrollIntoView).toHaveBeenCalledTimes(1);
	});

	it('leaves a panel already in sight (its top in the upper 60 %, 506 px of 844) alone', () => {
		const { el, scrollIntoView } = panel(500);
		expect(revealBelow(el, win(true))).toBe(false);
		expect(scrollIntoView).not.toHaveBeenCalled();
	});

	it('does nothing on a wide screen, where the panel opens beside the map', () => {
		const { el, scrollIntoView } = panel(1200);
		expect(revealBelow(el, win(false))).toBe(false);
		expect(revealBelow(null, win(true))).toBe(false);
		expect(scrollIntoView).not.toHaveBeenCalled();
	});
});
