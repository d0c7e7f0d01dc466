/**
 * User-defined workshop themes, subjects and publics. Built-in ids are protected: a custom entry
 * can never take a built-in id or label, and built-ins can be neither deleted nor renamed.
 */
import * as v from 'valibot';
import { themes as ctgThemes } from '$lib/indicators/themes';
import type { ThemeId } from '$lib/indicators/types';
import { normalizeText } from './normalize';
import { findEntry, type Taxonomy, type TaxonomyEntry } from './taxonomy';
import { counted } from '$lib/format/plural';

/** Which list a custom entry extends. */
export type TaxonomyKind = 'theme' | 'subject' | 'public';

/** A custom entry as stored. */
export interface CustomEntry {
	kind: TaxonomyKind;
	id: string;
	label: string;
}

/** Outcome of an edit: the new taxonomy, or French errors and the taxonomy unchanged. */
export type TaxonomyEdit =
	{ ok: true; taxonomy: Taxonomy; entry?: TaxonomyEntry } | { ok: false; errors: string[] };

const LISTS = { theme: 'themes', subject: 'subjects', public: 'publics' } as const;
const listKey = (kind: TaxonomyKind) => LISTS[kind];
/** The French name of a list's kind (« thème », « sujet », « public »). */
export const kindLabel = (kind: TaxonomyKind) =>
	({ theme: 'thème', subject: 'sujet', public: 'public' })[kind];

/** Custom ids are prefixed so they can never collide with a present or future built-in id. */
export function customId(label: string): `x_${string}` {
	return `x_${normalizeText(label).replace(/ /g, '_')}`;
}

const CTG_THEMES: TaxonomyEntry[] = ctgThemes.map((t) => ({ ...t, builtIn: true }));

/**
 * Id of a new workshop theme. Themes share one id space with the indicators: a workshop named
 * like a CTG theme (« accès aux droits ») takes that theme's id (`acces_droits`), so its problems
 * meet that theme's indicators; any other name gets a custom id (`x_transversal`).
 */
export function themeIdFor(label: string): ThemeId {
	return (findEntry(CTG_THEMES, label)?.id as ThemeId | undefined) ?? customId(label);
}

const CUSTOM_ID = /^x_[a-z0-9_]+$/;

/** A stored custom entry, checked before use: the store may hold anything. */
const CustomEntrySchema = v.pipe(
	v.object({
		kind: v.picklist(['theme', 'subject', 'public']),
		id: v.string(),
		label: v.string()
	}),
	v.check(
		(e) => CUSTOM_ID.test(e.id) || (e.kind === 'theme' && CTG_THEMES.some((t) => t.id === e.id)),
		'identifiant non valable'
	)
);

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
	const id = kind === 'theme' ? themeIdFor(label) : customId(label);
	const same = taxonomy[listKey(kind)].find((e) => e.id === id);
	if (same)
		return {
			ok: false,
			errors: [
				`« ${label.trim()} » est le même ${kindLabel(kind)} que « ${same.label} » : choisissez-le dans la liste.`
			]
		};
	const entry: TaxonomyEntry = { id, label: label.trim(), builtIn: false };
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
				`« ${current.label} » est utilisé par ${counted(usedBy, 'problématique', 'problématiques')} : retirez-le d’abord ${usedBy === 1 ? 'de celle-ci' : 'de celles-ci'}.`
			]
		};
	return { ok: true, taxonomy: { ...taxonomy, [key]: taxonomy[key].filter((e) => e.id !== id) } };
}

/** Rebuilds a taxonomy from stored custom entries, skipping (and reporting) invalid ones. */
export function withCustomEntries(
	base: Taxonomy,
	custom: readonly unknown[]
): { taxonomy: Taxonomy; errors: string[] } {
	let taxonomy = base;
	const errors: string[] = [];
	for (const raw of custom) {
		const parsed = v.safeParse(CustomEntrySchema, raw);
		if (!parsed.success) {
			errors.push(unreadableEntryMessage(raw));
			continue;
		}
		const c = parsed.output;
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

/** French notice for a stored custom entry that cannot be read (a null label, a wrong kind…). */
function unreadableEntryMessage(raw: unknown): string {
	const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
	const id = typeof r.id === 'string' ? ` « ${r.id} »` : '';
	const why =
		raw === null || typeof raw !== 'object'
			? 'l’entrée est vide'
			: typeof r.label !== 'string'
				? 'son nom est absent'
				: !['theme', 'subject', 'public'].includes(String(r.kind))
					? 'sa liste est inconnue'
					: 'son identifiant n’est pas valable';
	return `Un sujet, public ou thème ajouté${id} est illisible dans le stockage du navigateur (${why}) : il est ignoré, sans être effacé, et les problématiques qui le portent l’affichent par son identifiant. Ajoutez-le de nouveau si vous en avez besoin.`;
}

/** The entries added by hand to a taxonomy, as stored (for the JSON backup). */
export function customEntriesOf(taxonomy: Taxonomy): CustomEntry[] {
	return (Object.keys(LISTS) as TaxonomyKind[]).flatMap((kind) =>
		taxonomy[listKey(kind)]
			.filter((e) => !e.builtIn)
			.map((e) => ({ kind, id: e.id, label: e.label }))
	);
}

/**
 * The backup's entries this taxonomy lacks, added to it: those already here (same list, same id)
 * are left out; one that cannot be added (a name already taken…) is named in `errors`, and the
 * problems that use it are then refused as before.
 */
export function backupEntries(
	taxonomy: Taxonomy,
	entries: readonly unknown[]
): { taxonomy: Taxonomy; added: CustomEntry[]; errors: string[] } {
	const fresh = entries.filter((raw) => {
		const parsed = v.safeParse(CustomEntrySchema, raw);
		return !(
			parsed.success && taxonomy[listKey(parsed.output.kind)].some((e) => e.id === parsed.output.id)
		);
	});
	const out = withCustomEntries(taxonomy, fresh);
	const added = customEntriesOf(out.taxonomy).filter(
		(e) => !taxonomy[listKey(e.kind)].some((t) => t.id === e.id)
	);
	return { ...out, added };
}
