import { MediaQuery } from 'svelte/reactivity';
import { ONE_COLUMN } from './breakpoints';

/**
 * Whether the page is one column (phones, tablets, narrow windows), kept up to date. For what CSS
 * alone cannot place: a notice of the side panel goes above the page's results there, since the
 * side panel comes after them (false while prerendering: such notices need the page's script).
 */
export function oneColumn(): MediaQuery {
	return new MediaQuery(ONE_COLUMN, false);
}
