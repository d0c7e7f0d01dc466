/**
 * The concentrations settings as a URL query, so a view (theme, indicators and weights, seed,
 * threshold, correction, map view…) can be shared as a link and reopened identically.
 * Only what differs from the defaults is written; unknown or malformed values fall back.
 */
import type { Indicator, ThemeId } from '$lib/indicators/types';
import { STATUS_IDS, type ProblemStatus } from '$lib/workshops/model';
import {
	ALPHA_CHOICES,
	PERMUTATION_CHOICES,
	defaultSettings,
	type MapView,
	type Settings
} from './settings';

const VIEWS: MapView[] = ['index', 'lisa', 'significance', 'gi'];
const choicesText = (s: Settings) => s.choices.map((c) => `${c.id}:${c.weight}`).join(',');
/** Statuses in the model's order, so the same choice always gives the same link. */
const statusesText = (list: readonly ProblemStatus[]) =>
	STATUS_IDS.filter((id) => list.includes(id)).join(',');

/** Query string of the settings (without '?'). */
export function settingsToQuery(s: Settings, catalogue: readonly Indicator[]): string {
	const d = defaultSettings(catalogue, s.theme);
	const p = new URLSearchParams();
	if (s.theme !== 'petite_enfance') p.set('theme', s.theme);
	if (choicesText(s) !== choicesText(d)) p.set('indicateurs', choicesText(s));
	const simple: [string, keyof Settings][] = [
		['variable', 'variable'],
		['vue', 'view'],
		['voisinage', 'weightsKind'],
		['k', 'k'],
		['permutations', 'permutations'],
		['graine', 'seed'],
		['seuil', 'alpha'],
		['correction', 'correction'],
		['methode', 'method'],
		['manquants', 'missing'],
		['ateliers', 'workshopWeight']
	];
	for (const [name, key] of simple) if (s[key] !== d[key]) p.set(name, String(s[key]));
	if (s.smooth) p.set('lissage', '1');
	const statuses = statusesText(s.workshopStatuses);
	if (statuses !== statusesText(d.workshopStatuses)) p.set('statuts', statuses);
	return p.toString();
}

/** Settings from a query; anything unknown keeps its default. */
export function queryToSettings(q: URLSearchParams, catalogue: readonly Indicator[]): Settings {
	const ids = new Set(catalogue.map((i) => i.id));
	const theme = (q.get('theme') ?? 'petite_enfance') as ThemeId;
	const s = defaultSettings(
		catalogue,
		catalogue.some((i) => i.theme === theme) ? theme : 'petite_enfance'
	);
	const list = q.get('indicateurs');
	if (list) {
		const choices = list
			.split(',')
			.map((t) => t.split(':'))
			.filter(([id, w]) => id && ids.has(id) && Number.isFinite(Number(w)))
			.map(([id, w]) => ({ id: id!, weight: Math.max(0, Math.min(5, Number(w))) }));
		if (choices.length) s.choices = choices;
	}
	const variable = q.get('variable');
	if (variable && (variable === 'index' || ids.has(variable))) s.variable = variable;
	const view = q.get('vue') as MapView | null;
	if (view && VIEWS.includes(view)) s.view = view;
	const kind = q.get('voisinage');
	if (kind === 'queen' || kind === 'rook' || kind === 'knn') s.weightsKind = kind;
	const int = (name: string, min: number, max: number) => {
		const v = Number(q.get(name));
		return q.has(name) && Number.isInteger(v) && v >= min && v <= max ? v : null;
	};
	s.k = int('k', 1, 20) ?? s.k;
	const perms = int('permutations', 1, 99_999);
	if (perms !== null && (PERMUTATION_CHOICES as readonly number[]).includes(perms))
		s.permutations = perms;
	s.seed = int('graine', 0, 2 ** 31 - 1) ?? s.seed;
	const alpha = Number(q.get('seuil'));
	if ((ALPHA_CHOICES as readonly number[]).includes(alpha)) s.alpha = alpha;
	const corr = q.get('correction');
	if (corr === 'none' || corr === 'fdr' || corr === 'bonferroni') s.correction = corr;
	const method = q.get('methode');
	if (method === 'zscore' || method === 'rank') s.method = method;
	const missing = q.get('manquants');
	if (missing === 'skip-and-flag' || missing === 'exclude') s.missing = missing;
	s.workshopWeight = int('ateliers', 0, 5) ?? s.workshopWeight;
	s.smooth = q.get('lissage') === '1';
	// « statuts= » (empty) is a choice too: no status ticked.
	const statuses = q.get('statuts');
	if (statuses !== null) {
		const wanted = new Set(statuses.split(','));
		const known = STATUS_IDS.filter((id) => wanted.has(id));
		if (known.length || !statuses) s.workshopStatuses = known;
	}
	return s;
}
