/** The French name of the page a view slide opens, as the deck editor lists it. */
import { themes } from '$lib/indicators/themes';

/** Pages by path, named like the site header's links. */
const PAGE_NAMES: Record<string, string> = {
	'/': 'Carte',
	'/ateliers/': 'Ateliers',
	'/concentrations/': 'Concentrations',
	'/croisements/': 'Croisements',
	'/comparer/': 'Comparer',
	'/diagnostic/': 'Diagnostic',
	'/sources/': 'Sources et méthodes',
	'/donnees/': 'Données'
};

const PORTRAIT = /^\/commune\/([0-9AB]{5})\/$/;
const DIAGNOSTIC = /^\/diagnostic\/([a-z_]+)\/$/;

/** « Carte », « Diagnostic », « Portrait de commune 30007 »…; an unknown path is shown as is. */
export function slidePageName(path: string): string {
	const p = path.endsWith('/') ? path : `${path}/`;
	const portrait = PORTRAIT.exec(p);
	if (portrait) return `Portrait de commune ${portrait[1]}`;
	const diagnostic = DIAGNOSTIC.exec(p);
	if (diagnostic) {
		const id = diagnostic[1]!;
		const label =
			id === 'tous' ? 'tous les thèmes' : (themes.find((t) => t.id === id)?.label ?? id);
		return `Diagnostic · ${label}`;
	}
	return PAGE_NAMES[p] ?? path;
}

/** What the editor says a view slide shows: its page and, when any, its parameters. */
export function slideWhere(path: string, search: string): string {
	let params = search;
	try {
		params = decodeURIComponent(search);
	} catch {
		/* a malformed escape: the parameters are shown as stored */
	}
	return `${slidePageName(path)}${search ? ` · ${params}` : ''}`;
}
