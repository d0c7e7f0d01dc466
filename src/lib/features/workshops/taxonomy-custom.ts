/**
 * User-defined subjects and publics. Built-in ids are protected: a custom entry can never take a
 * built-in id or label, and built-ins can be neither deleted nor renamed.
 */
import { normalizeText } from './normalize';
import type { Taxonomy, TaxonomyEntry } from './taxonomy';

/** Which list a custom entry extends. */
export type TaxonomyKind = 'subject' | 'public';

/** A custom entry as stored. */
export interface CustomEntry {
	kind: TaxonomyKind;
	id: string;
	label: string;
}

/** Outcome of an edit: the new taxonomy, or French errors and the taxonomy unchanged. */
export type TaxonomyEdit =
	{ ok: true; taxonomy: Taxonomy; entry?: TaxonomyEntry } | { ok: false; errors: string[] };

const listKey = (kind: TaxonomyKind) => (kind === 'subject' ? 'subjects' : 'publics');
const kindLabel = (kind: TaxonomyKind) => (kind === 'subject' ? 'sujet' : 'public');

/** Custom ids are prefixed so they can never collide with a present or future built-in id. */
export function customId(label: string): string {
	return `x_${normalizeText(label).replace(/ /g, '_')}`;
}

/** Checks a label for a new or renamed custom entry; returns French errors (empty when valid). */
export function validateCustomLabel(
	taxonomy: Taxonomy,
	kind: TaxonomyKind,
	label: string,
	ignoreId?: string
): string[] {
	const norm = normalizeText(label);
	if (!norm) return [`Le nom du ${kindLabel(kind)} est vide : saisissez au moins une lettre.`];
	if (label.includes('|'))
		return [`Le caractère « | » est réservé aux exports : retirez-le du nom « ${label.trim()} ».`];
	const clash = taxonomy[listKey(kind)].find(
		(e) =>
			e.id !== ignoreId &&
			(normalizeText(e.label) === norm ||
				normalizeText(e.id) === norm ||
				e.aliases?.some((a) => normalizeText(a) === norm))
	);
	if (clash)
		return [`« ${label.trim()} » existe déjà (« ${clash.label} ») : choisissez-le dans la liste.`];
	return [];
}

/** Adds a custom subject or public. */
export function addCustomEntry(
	taxonomy: Taxonomy,
	kind: TaxonomyKind,
	label: string
): TaxonomyEdit {
	const errors = validateCustomLabel(taxonomy, kind, label);
	if (errors.length) return { ok: false, errors };
	const entry: TaxonomyEntry = { id: customId(label), label: label.trim(), builtIn: false };
	const key = listKey(kind);
	return { ok: true, taxonomy: { ...taxonomy, [key]: [...taxonomy[key], entry] }, entry };
}

/** Renames a custom entry; its id stays, so problems tagged with it keep their tag. */
export function renameCustomEntry(
	taxonomy: Taxonomy,
	kind: TaxonomyKind,
	id: string,
	label: string
): TaxonomyEdit {
	const key = listKey(kind);
	const current = taxonomy[key].find((e) => e.id === id);
	if (!current) return { ok: false, errors: [`Aucun ${kindLabel(kind)} « ${id} » à renommer.`] };
	if (current.builtIn)
		return {
			ok: false,
			errors: [
				`« ${current.label} » fait partie de la liste de base : il ne peut pas être renommé.`
			]
		};
	const errors = validateCustomLabel(taxonomy, kind, label, id);
	if (errors.length) return { ok: false, errors };
	const list = taxonomy[key].map((e) => (e.id === id ? { ...e, label: label.trim() } : e));
	return { ok: true, taxonomy: { ...taxonomy, [key]: list } };
}

/**
 * Removes a custom entry. `usedBy` is how many problems carry it: removing a tag still in use
 * would silently untag them, so it is refused with a French explanation.
 */
export function removeCustomEntry(
	taxonomy: Taxonomy,
	kind: TaxonomyKind,
	id: string,
	usedBy = 0
): TaxonomyEdit {
	const key = listKey(kind);
	const current = taxonomy[key].find((e) => e.id === id);
	if (!current) return { ok: false, errors: [`Aucun ${kindLabel(kind)} « ${id} » à supprimer.`] };
	if (current.builtIn)
		return {
			ok: false,
			errors: [
				`« ${current.label} » fait partie de la liste de base : il ne peut pas être supprimé.`
			]
		};
	if (usedBy > 0)
		return {
			ok: false,
			errors: [
				`« ${current.label} » est utilisé par ${usedBy} problématique(s) : retirez-le d'abord de celles-ci.`
			]
		};
	return { ok: true, taxonomy: { ...taxonomy, [key]: taxonomy[key].filter((e) => e.id !== id) } };
}

/** Rebuilds a taxonomy from stored custom entries, skipping (and reporting) invalid ones. */
export function withCustomEntries(
	base: Taxonomy,
	custom: readonly CustomEntry[]
): { taxonomy: Taxonomy; errors: string[] } {
	let taxonomy = base;
	const errors: string[] = [];
	for (const c of custom) {
		const key = listKey(c.kind);
		const invalid = validateCustomLabel(taxonomy, c.kind, c.label);
		if (invalid.length || taxonomy[key].some((e) => e.id === c.id)) {
			errors.push(...(invalid.length ? invalid : [`Identifiant en double : « ${c.id} ».`]));
			continue;
		}
		const entry: TaxonomyEntry = { id: c.id, label: c.label.trim(), builtIn: false };
		taxonomy = { ...taxonomy, [key]: [...taxonomy[key], entry] };
	}
	return { taxonomy, errors };
}
