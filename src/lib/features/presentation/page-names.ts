/** The French name of the page a view slide opens, as the deck editor lists it. */
import { DEFAULT_INDICATOR, indicatorById } from '$lib/indicators/catalogue';
import { themes } from '$lib/indicators/themes';
import { labelOf, THEMES as WORKSHOP_THEMES } from '$lib/features/workshops/taxonomy';

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

/** Commune names by INSEE code (the territory's); a code without a name is said as it is. */
export type CommuneNames = Readonly<Record<string, string>>;

const communeSaid = (code: string, names: CommuneNames) => names[code] ?? code;

/**
 * « Carte », « Diagnostic », « Portrait · Alès » (« Portrait de commune 30007 » while the names
 * are not read)…; an unknown path is shown as is.
 */
export function slidePageName(path: string, names: CommuneNames = {}): string {
	const p = path.endsWith('/') ? path : `${path}/`;
	const portrait = PORTRAIT.exec(p);
	if (portrait)
		return names[portrait[1]!]
			? `Portrait · ${names[portrait[1]!]}`
			: `Portrait de commune ${portrait[1]}`;
	const diagnostic = DIAGNOSTIC.exec(p);
	if (diagnostic) {
		const id = diagnostic[1]!;
		const label =
			id === 'tous' ? 'tous les thèmes' : (themes.find((t) => t.id === id)?.label ?? id);
		return `Diagnostic · ${label}`;
	}
	return PAGE_NAMES[p] ?? path;
}

/**
 * A link's parameter as the editor says it: the indicator's name rather than its id, the
 * communes' names (their codes when unknown); any other parameter as it is written.
 */
function paramSaid(name: string, value: string, names: CommuneNames): string {
	if (name === 'indicateur') return indicatorById(value)?.label ?? `indicateur ${value}`;
	if (name === 'commune') return names[value] ?? `commune ${value}`;
	if (name === 'communes') {
		const codes = value.split(',');
		const said = codes.map((c) => communeSaid(c, names)).join(', ');
		return codes.every((c) => names[c]) ? said : `communes ${said}`;
	}
	if (name === 'problemes' && value === '1') return 'problématiques';
	if (name === 'theme') return themes.find((t) => t.id === value)?.label ?? `thème ${value}`;
	// /croisements' workshop theme (a theme added by the user is said by its id).
	if (name === 'atelier') return `ateliers : ${labelOf(WORKSHOP_THEMES, value)}`;
	return value ? `${name}=${value}` : name;
}

/**
 * What the editor says a view slide shows: its page and, when any, its parameters. The map
 * without an indicator in its link shows the default one, named like the others (the slide bar
 * names it).
 */
export function slideWhere(path: string, search: string, names: CommuneNames = {}): string {
	const page = slidePageName(path, names);
	let entries: [string, string][];
	let params: string[];
	try {
		entries = [...new URLSearchParams(search)];
		params = entries.map(([name, value]) => paramSaid(name, value, names));
		// A malformed escape: URLSearchParams reads it as U+FFFD; shown as stored instead.
		if (params.some((p) => p.includes('\uFFFD'))) throw new Error('escape');
	} catch {
		return `${page} · ${search}`;
	}
	const onMap = page === PAGE_NAMES['/'];
	if (onMap && !entries.some(([name]) => name === 'indicateur'))
		params.unshift(paramSaid('indicateur', DEFAULT_INDICATOR, names));
	return [page, ...params].join(' · ');
}
