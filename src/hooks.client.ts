import type { HandleClientError } from '@sveltejs/kit';
import { isUnreachable } from '$lib/io/unreachable';

/** An unexpected error in the browser: the error page says whether the site was out of reach. */
export const handleError: HandleClientError = ({ error }) => {
	if (isUnreachable(error)) return { message: 'Unreachable', unreachable: true };
	console.error(error);
	return { message: 'Internal Error' };
};
