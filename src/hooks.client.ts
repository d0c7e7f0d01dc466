import type { HandleClientError } from '@sveltejs/kit';
import { isUnreachable } from '$lib/io/unreachable';

/**
 * An unexpected error in the browser: the error page says whether the site was out of reach.
 * Anything else keeps SvelteKit's own handling (logged, its message kept: « Not Found » for an
 * unknown address on a static host, which the error page reads).
 */
export const handleError: HandleClientError = ({ error }) => {
	if (isUnreachable(error)) return { message: 'Unreachable', unreachable: true };
	console.error(error);
};
