/**
 * What the printed and exported map says under its legend: the rates on tiny denominators, as
 * the screen's legend flags them, and how to read the workshops' circles it carries (which
 * problems they count, with the filters chosen, and whether any is an « exemple fictif »).
 */
import { smallDenominatorSentence } from '$lib/indicators/reliability';
import { dayDigits } from '$lib/format/date';
import { formatNumber } from '$lib/format/number';
import { DEFAULT_COUNTED_STATUSES, type ProblemFilters } from '$lib/sql/problems';
import { STATUSES, type Taxonomy } from '$lib/features/workshops/taxonomy';

/** The circles the map carries, when the view shows the problems. */
export interface CirclesNote {
	/** Communes with a circle; null while the problems are not counted (yet, or `failed`). */
	communes: number | null;
	/** The problems could not be counted (no engine). */
	failed: boolean;
	/** The problems are the fictional example (none of the user's own yet). */
	example: boolean;
	/** Stored problems marked « exemple fictif », counted with the user's own. */
	fictionalStored: number;
	/** `filtersText` of the filters the circles were counted with ('' for the default). */
	filters: string;
}

export function printNote(circles: CirclesNote | null, small: number): string | undefined {
	const parts: string[] = [];
	if (small > 0) parts.push(`${smallDenominatorSentence(small)}.`);
	if (circles) parts.push(circlesSentence(circles));
	return parts.length ? parts.join(' ') : undefined;
}

function circlesSentence(c: CirclesNote): string {
	if (c.communes === null && c.failed)
		return 'Les problématiques des ateliers n’ont pas pu être comptées : cette carte n’a pas leurs cercles.';
	if (c.communes === null)
		return 'Les problématiques des ateliers ne sont pas encore comptées : cette carte n’a pas leurs cercles.';
	const filters = c.filters ? ` ${c.filters}` : '';
	if (c.communes === 0) return `Aucune problématique des ateliers ne nomme de commune.${filters}`;
	const fiction = c.example
		? ' Exemple fictif : aucune problématique saisie ou importée dans ce navigateur.'
		: c.fictionalStored > 0
			? ` Dont ${formatNumber(c.fictionalStored, 0)} problématique${c.fictionalStored > 1 ? 's' : ''} marquée${c.fictionalStored > 1 ? 's' : ''} « exemple fictif ».`
			: '';
	return (
		'Cercles : poids des problématiques des ateliers nommant chaque commune (aire proportionnelle ; ' +
		`une problématique qui nomme plusieurs communes compte pour chacune).${filters}${fiction}`
	);
}

/** The filters that differ from the default, as one French sentence ('' when none does). */
export function filtersText(filters: ProblemFilters, taxonomy: Taxonomy): string {
	const labels = (ids: readonly string[] | undefined, list: Taxonomy['themes']) =>
		(ids ?? []).map((id) => `« ${list.find((e) => e.id === id)?.label ?? id} »`).join(', ');
	const parts: string[] = [];
	const forums = (filters.forums ?? []).map(dayDigits).join(', ');
	if (forums) parts.push(`forum du ${forums}`);
	const themes = labels(filters.themes, taxonomy.themes);
	if (themes) parts.push(`thème ${themes}`);
	const subjects = labels(filters.subjects, taxonomy.subjects);
	if (subjects) parts.push(`sujet ${subjects}`);
	const publics = labels(filters.publics, taxonomy.publics);
	if (publics) parts.push(`public ${publics}`);
	const statuses = filters.statuses ?? DEFAULT_COUNTED_STATUSES;
	const usual =
		statuses.length === DEFAULT_COUNTED_STATUSES.length &&
		DEFAULT_COUNTED_STATUSES.every((s) => statuses.includes(s));
	if (!usual)
		parts.push(
			statuses.length ? `statuts comptés ${labels(statuses, STATUSES)}` : 'aucun statut compté'
		);
	return parts.length ? `Filtres : ${parts.join(' ; ')}.` : '';
}
