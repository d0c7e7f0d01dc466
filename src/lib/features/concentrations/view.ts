/** The concentrations page's view: theme, weighted indicators, statistics and map view. */
import * as v from 'valibot';
import type { Indicator, ThemeId } from '$lib/indicators/types';
import { STATUS_IDS } from '$lib/features/workshops/model';
import type { ComponentChoice } from './inputs';
import { MAX_WEIGHT, MIN_WEIGHT } from './inputs';
import { ALPHA_CHOICES, PERMUTATION_CHOICES, defaultSettings, type Settings } from './settings';
import { decodeView, encodeView, field, type Fields, type UrlNote } from '$lib/view/codec';
import { choiceField, flagField, intField, numberChoiceField, setField } from '$lib/view/fields';

/** The theme a page opens on when the link names none. */
export const DEFAULT_THEME: ThemeId = 'petite_enfance';

const choicesText = (list: readonly ComponentChoice[]) =>
	list.map((c) => `${c.id}:${c.weight}`).join(',');

/** Reads « id:poids,… »: unknown, duplicated or badly weighted items are left out with a note. */
function readChoices(raw: string, ids: readonly string[], contextIds: readonly string[]) {
	const value: ComponentChoice[] = [];
	const notes: { reason: string; part: true }[] = [];
	// One note per reason (an item written 500 times is said once); empty items carry nothing.
	const note = (reason: string) => {
		if (!notes.some((n) => n.reason === reason)) notes.push({ reason, part: true });
	};
	for (const item of raw
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)) {
		const [id = '', w = ''] = item.split(':');
		const weight = w.trim() === '' ? NaN : Number(w);
		if (!ids.includes(id)) note(`indicateur « ${id} » inconnu`);
		// An indicator of context (no direction of need) cannot enter an index (indexable): the
		// page stayed on « Choisissez au moins un indicateur » and never ready.
		else if (contextIds.includes(id))
			note(
				`« ${id} » est un indicateur de contexte, sans sens du besoin : il n’entre pas dans un indice`
			);
		else if (value.some((c) => c.id === id))
			note(`« ${id} » en double : seul son premier poids est gardé`);
		else if (!(weight >= MIN_WEIGHT && weight <= MAX_WEIGHT))
			note(`poids de « ${id} » entre ${MIN_WEIGHT} et ${MAX_WEIGHT}`);
		else value.push({ id, weight });
	}
	// Nothing usable: the whole parameter is ignored (its items were noted above).
	return { value: value.length ? value : null, notes };
}

/** The page's fields, with their historical French names. */
export function concentrationsFields(catalogue: readonly Indicator[]): Fields<Settings> {
	const ids = catalogue.map((i) => i.id);
	const themes = [...new Set(catalogue.map((i) => i.theme))];
	return {
		theme: choiceField('theme', themes, 'thème inconnu ou sans indicateur'),
		choices: field({
			param: 'indicateurs',
			schema: v.array(
				v.object({ id: v.picklist(ids), weight: v.number() }),
				'aucun indicateur reconnu'
			),
			read: (raw) =>
				readChoices(
					raw,
					ids,
					catalogue.filter((i) => i.polarity === 0).map((i) => i.id)
				),
			write: choicesText
		}),
		variable: choiceField('variable', ['index', ...ids], 'ni « index » ni un indicateur connu'),
		view: choiceField(
			'vue',
			['index', 'lisa', 'significance', 'gi'],
			'vue : index, lisa, significance ou gi'
		),
		weightsKind: choiceField(
			'voisinage',
			['queen', 'rook', 'knn'],
			'voisinage : queen, rook ou knn'
		),
		k: intField('k', 1, 20, 'nombre de voisins entre 1 et 20'),
		permutations: numberChoiceField(
			'permutations',
			PERMUTATION_CHOICES,
			'permutations : 99, 999, 9999 ou 99999'
		),
		seed: intField('graine', 0, 2 ** 31 - 1, 'graine : un entier positif'),
		alpha: numberChoiceField('seuil', ALPHA_CHOICES, 'seuil : 0.05, 0.01 ou 0.001'),
		correction: choiceField(
			'correction',
			['none', 'fdr', 'bonferroni'],
			'correction : none, fdr ou bonferroni'
		),
		method: choiceField('methode', ['zscore', 'rank'], 'méthode : zscore ou rank'),
		missing: choiceField(
			'manquants',
			['skip-and-flag', 'exclude'],
			'manquants : skip-and-flag ou exclude'
		),
		smooth: flagField('lissage'),
		workshopWeight: intField(
			'ateliers',
			MIN_WEIGHT,
			MAX_WEIGHT,
			`poids des ateliers entre ${MIN_WEIGHT} et ${MAX_WEIGHT}`
		),
		workshopStatuses: setField('statuts', STATUS_IDS, 'statuts : nouvelle, retenue, ecartee')
	};
}

/** The settings of a query, and what was ignored. The theme sets the other defaults. */
export function decodeConcentrations(
	query: URLSearchParams,
	catalogue: readonly Indicator[]
): { view: Settings; notes: UrlNote[] } {
	const fields = concentrationsFields(catalogue);
	const first = decodeView(query, fields, defaultSettings(catalogue, DEFAULT_THEME));
	return decodeView(query, fields, defaultSettings(catalogue, first.view.theme));
}

/** The query of the settings (without '?'): only what differs from the defaults. */
export function encodeConcentrations(s: Settings, catalogue: readonly Indicator[]): string {
	const defaults = { ...defaultSettings(catalogue, s.theme), theme: DEFAULT_THEME };
	return encodeView(s, concentrationsFields(catalogue), defaults);
}
