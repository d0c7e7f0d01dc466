/** The address of a diagnostic theme's page (with the trailing slash every prerendered page has). */
import { resolve } from '$app/paths';

/** `/diagnostic/jeunesse/` (or `/diagnostic/tous/`) under the site's base path. */
export function diagnosticHref(theme: string): string {
	return `${resolve('/diagnostic/[theme]', { theme })}/`;
}
