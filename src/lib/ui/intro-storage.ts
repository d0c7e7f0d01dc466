/**
 * Whether the first-visit introduction was dismissed, remembered in the browser. Storage can be
 * missing or throw (private browsing, blocked cookies): then the introduction shows, and closing
 * it lasts as long as the page.
 */
export const INTRO_KEY = 'atlas-intro-vue';

/** The storage calls used (localStorage, or a stand-in in tests). */
export type IntroStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The browser's localStorage, or null when reading it throws. */
export function browserStore(): IntroStore | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

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
