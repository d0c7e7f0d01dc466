/**
 * On phones and narrow windows the pages are one column: what a choice opens (a commune's panel
 * below the map) can be out of sight, so the choice seems to do nothing. `revealBelow` brings it
 * into view there; on wide screens, where it opens beside the map, it does nothing.
 */
import { ONE_COLUMN } from './breakpoints';

/**
 * Scrolls `el` to the window's top when the page is one column and `el` starts out of sight;
 * `from`, when given, is what goes to the top instead (the button that opened `el`, just above
 * it, so that it stays in sight to close it).
 */
export function revealBelow(
	el: Element | null,
	win: Window = window,
	from: Element | null = el
): boolean {
	if (!el || !from || !win.matchMedia(ONE_COLUMN).matches) return false;
	const { top } = el.getBoundingClientRect();
	if (top >= 0 && top < win.innerHeight * 0.6) return false; // already in sight
	// At once, not smoothly: on a phone the window scrolls, and the navigation that writes the
	// choice into the URL keeps the window where it is when it ends, which stopped a smooth
	// scroll a few pixels down.
	from.scrollIntoView({ block: 'start', behavior: 'auto' });
	return true;
}

/**
 * Moves the keyboard's focus to the heading of `el` (its first h2, made focusable), without
 * scrolling: once `revealBelow` has brought a panel up, the next Tab starts from it, not from
 * the search box or the table row left 4 000 px above.
 */
export function focusHeading(el: Element | null): void {
	const heading = el?.querySelector<HTMLElement>('h2');
	if (!heading) return;
	if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
	heading.focus({ preventScroll: true });
}
