/**
 * What the printed and exported map says under its legend: how many birth rates rest on fewer
 * than 20 births, and how to read the workshops' circles it carries (which problems they count,
 * with the filters chosen, the largest circle as a scale, the problems without a circle, and
 * whether any is an « exemple fictif »).
 */
import { dayDigits } from '$lib/format/date';
import { frenchSpaces } from '$lib/format/french-spaces';
import { formatNumber } from '$lib/format/number';
import { rareLegend } from '$lib/indicators/reliability';
import { agree, counted } from '$lib/format/plural';
import { countedStatuses, DEFAULT_COUNTED_STATUSES, type ProblemFilters } from '$lib/sql/problems';
import { STATUSES, type Taxonomy } from '$lib/features/workshops/taxonomy';

/** The circles the map carries, when the view shows the problems. */
export interface CirclesNote {
	/** Communes with a circle; null while the problems are not counted (yet, or `failed`). */
	communes: number | null;
	/** The problems could not be counted (no engine). */
	failed: boolean;
	/** The heaviest circle, as the paper's scale (null without circles). */
	largest: { name: string; weight: number } | null;
	/** Problems of « tout le territoire » counted with the filters: they have no circle. */
	whole: number;
	/** The problems are the fictional example (none of the user's own yet). */
	example: boolean;
	/** Stored problems marked « exemple fictif », counted with the user's own. */
	fictionalStored: number;
	/** `filtersText` of the filters the circles were counted with ('' for the default). */
	filters: string;
}

/**
 * The note (the communes outlined in dashes have their own legend row: `smallLegend`): the birth
 * rates on fewer than 20 births (`rare` communes, `rareLegend`), then the circles.
 */
export function printNote(circles: CirclesNote | null, rare = 0): string | undefined {
	const parts = [rare ? `${rareLegend(rare)}.` : '', circles ? circlesSentence(circles) : ''];
	const note = parts.filter(Boolean).join(' ');
	return note ? frenchSpaces(note) : undefined;
}

function circlesSentence(c: CirclesNote): string {
	const none = 'cette carte n’a pas leurs cercles.';
	if (c.communes === null && c.failed)
		return `Les problématiques des ateliers n’ont pas pu être comptées : ${none}`;
	if (c.communes === null)
		return `Les problématiques des ateliers ne sont pas encore comptées : ${none}`;
	const parts: string[] = [];
	if (c.communes === 0)
		parts.push(
			c.filters
				? 'Aucune problématique des ateliers retenue par les filtres ne nomme de commune.'
				: 'Aucune problématique des ateliers ne nomme de commune.'
		);
	else {
		parts.push(
			'Cercles : poids des problématiques des ateliers nommant chaque commune (aire ' +
				'proportionnelle ; une problématique qui nomme plusieurs communes compte pour chacune).'
		);
		if (c.largest)
			parts.push(
				`Le plus grand cercle : ${c.largest.name}, poids ${formatNumber(c.largest.weight, 0)}.`
			);
	}
	if (c.whole > 0)
		parts.push(
			`${counted(c.whole, 'problématique', 'problématiques')} de « tout le territoire », ` +
				`${agree(c.whole, 'comptée', 'comptées')} à part, sans cercle.`
		);
	if (c.filters) parts.push(c.filters);
	if (c.example)
		parts.push(
			'Exemple fictif : problématiques inventées pour montrer l’atlas, affichées tant ' +
				'qu’aucune n’est enregistrée dans ce navigateur.'
		);
	else if (c.fictionalStored > 0)
		parts.push(
			`${counted(c.fictionalStored, 'problématique enregistrée', 'problématiques enregistrées')} ` +
				`dans ce navigateur ${agree(c.fictionalStored, 'est marquée', 'sont marquées')} ` +
				'« exemple fictif » ; comptées comme les autres, si les filtres les retiennent.'
		);
	return parts.join(' ');
}

/**
 * The screen legend's row for the circles: how to read them, the largest as a scale, and what
 * is fictional in them. Null when there are none to read (not counted yet, failed, or none).
 */
export function circlesLegend(
	c: CirclesNote | null
): { label: string; fictional: string | null } | null {
	if (!c || !c.communes) return null;
	const scale = c.largest
		? ` (le plus grand : ${c.largest.name}, poids ${formatNumber(c.largest.weight, 0)})`
		: '';
	const fictional = c.example
		? 'exemple fictif'
		: c.fictionalStored > 0
			? `dont ${counted(c.fictionalStored, 'problématique', 'problématiques')} « exemple fictif »`
			: null;
	return {
		label: frenchSpaces(
			`Cercles : poids des problématiques des ateliers, aire proportionnelle${scale}`
		),
		fictional
	};
}

/** « thème « jeunesse » », « thèmes « a », « b » »: a filter's name agreed with its values. */
function named(singular: string, plural: string, values: readonly string[]): string {
	return `${values.length > 1 ? plural : singular} ${values.join(', ')}`;
}

/** The filters that differ from the default, as one French sentence ('' when none does). */
export function filtersText(filters: ProblemFilters, taxonomy: Taxonomy): string {
	const labels = (ids: readonly string[] | undefined, list: Taxonomy['themes']) =>
		(ids ?? []).map((id) => `« ${list.find((e) => e.id === id)?.label ?? id} »`);
	const parts: string[] = [];
	const forums = (filters.forums ?? []).map(dayDigits);
	if (forums.length) parts.push(named('forum du', 'forums des', forums));
	const themes = labels(filters.themes, taxonomy.themes);
	if (themes.length) parts.push(named('thème', 'thèmes', themes));
	const subjects = labels(filters.subjects, taxonomy.subjects);
	if (subjects.length) parts.push(named('sujet', 'sujets', subjects));
	const publics = labels(filters.publics, taxonomy.publics);
	if (publics.length) parts.push(named('public', 'publics', publics));
	const statuses = countedStatuses(filters);
	const usual =
		statuses.length === DEFAULT_COUNTED_STATUSES.length &&
		DEFAULT_COUNTED_STATUSES.every((s) => statuses.includes(s));
	if (!usual)
		parts.push(
			statuses.length
				? named('statut compté', 'statuts comptés', labels(statuses, STATUSES))
				: 'aucun statut compté'
		);
	return parts.length ? `Filtres : ${parts.join(' ; ')}.` : '';
}
