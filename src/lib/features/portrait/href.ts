/** The address of a commune's portrait (with the trailing slash every prerendered page has). */
import { resolve } from '$app/paths';

/** `/commune/30007/` under the site's base path. */
export function portraitHref(code: string): string {
	return `${resolve('/commune/[code]', { code })}/`;
}
