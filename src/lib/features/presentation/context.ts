/** The deck and the presenting session, provided by the root layout to every page. */
import { browser } from '$app/environment';
import { goto, preloadCode, pushState } from '$app/navigation';
import { page } from '$app/state';
import { basePath } from '$lib/data/static-data';
import { getContext, setContext } from 'svelte';
import { browserStore } from './deck-storage';
import { DeckState } from './deck-state.svelte';
import { PresentSession } from './present.svelte';
import { sessionStore } from './resume';

export interface Presentation {
	deck: DeckState;
	session: PresentSession;
}

const KEY = Symbol('atlas-presentation');

export function providePresentation(): Presentation {
	const deck = new DeckState(browser ? browserStore() : undefined);
	const session = new PresentSession(
		deck,
		// The slide's address is built under the base path already.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		(href) => goto(href, { keepFocus: true }),
		basePath(),
		(path) => preloadCode(path),
		browser ? sessionStore() : null,
		// The address SvelteKit shows (the browser's has gone back already); no page state.
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- the page's own address
		() => pushState(page.url.href, {})
	);
	return setContext(KEY, { deck, session });
}

export function usePresentation(): Presentation {
	const p = getContext<Presentation | undefined>(KEY);
	if (!p) throw new Error('La présentation n’est pas fournie (layout racine manquant).');
	return p;
}
