/**
 * Choices made before the page's script has run (a slow network, a projector laptop): the page is
 * prerendered, so its boxes and lists can be used before Svelte hydrates them, and hydration then
 * puts back the values the page was rendered with. A small script in `app.html` records each
 * `change` until then (`window.__earlyInput`); once the page is hydrated, `replayEarlyInput`
 * sets those values again and fires `change`, so each control's own handler applies them.
 * A file chosen early is still in its box: its `change` is fired again, and the file read.
 * Text typed in a box is kept by Svelte itself (`bind:value`); the commune search opens its
 * suggestions for it (`CommuneSearch`).
 */

/** What the recorder keeps per element: the last value or checked state it was changed to. */
export interface EarlyChoice {
	value: string;
	checked: boolean;
}

type Recorded = Map<EventTarget, EarlyChoice>;

/** Puts back the recorded choices still on the page; returns how many were replayed. */
export function replayEarlyInput(recorded: Recorded | undefined): number {
	if (!recorded) return 0;
	let n = 0;
	for (const [el, choice] of recorded) {
		if (el instanceof HTMLSelectElement) {
			if (!el.isConnected || el.value === choice.value) continue;
			if (![...el.options].some((o) => o.value === choice.value)) continue;
			el.value = choice.value;
		} else if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
			if (!el.isConnected || el.checked === choice.checked) continue;
			el.checked = choice.checked;
		} else if (el instanceof HTMLInputElement && el.type === 'file') {
			// A file chosen early (a report picked while /donnees was still loading): the box still
			// holds it, but its handler came after the `change`; the file was never read.
			if (!el.isConnected || !el.files?.length) continue;
		} else continue;
		el.dispatchEvent(new Event('input', { bubbles: true }));
		el.dispatchEvent(new Event('change', { bubbles: true }));
		n++;
	}
	recorded.clear();
	return n;
}

/** The recorder's map on `window`, and stops recording (the page's handlers take over). */
export function takeEarlyInput(): Recorded | undefined {
	const w = window as unknown as { __earlyInput?: Recorded; __earlyInputStop?: () => void };
	w.__earlyInputStop?.();
	return w.__earlyInput;
}
