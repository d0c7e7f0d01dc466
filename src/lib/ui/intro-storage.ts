/**
 * Whether the first-visit introduction was dismissed, remembered in the browser. Storage can be
 * missing or throw (private browsing, blocked cookies): then the introduction shows, and closing
 * it lasts as long as the page.
 */
import { browserStore, type KeyValueStore } from '$lib/io/local-store';

export const INTRO_KEY = 'atlas-intro-vue';

/**
 * Class that app.html's head script puts on `<html>` when the introduction was dismissed, before
 * the first paint: the prerendered introduction is then never shown (FirstVisitIntro.svelte).
 */
export const INTRO_CLOSED_CLASS = 'intro-closed';

export { browserStore };

/** The storage calls used (localStorage, or a stand-in in tests). */
export type IntroStore = KeyValueStore;

/** True once the introduction has been dismissed in this browser. */
export function introDismissed(store: IntroStore | null): boolean {
	try {
		return store?.getItem(INTRO_KEY) === '1';
	} catch {
		return false;
	}
}

/** Remembers that the introduction was dismissed; false when the browser would not keep it. */
export function rememberIntroDismissed(store: IntroStore | null): boolean {
	try {
		if (!store) return false;
		store.setItem(INTRO_KEY, '1');
		return true;
	} catch {
		return false;
	}
}
