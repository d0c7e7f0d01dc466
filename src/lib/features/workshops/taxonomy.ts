/**
 * The workshop taxonomy: themes, subjects, publics, who raised a problem and its status, with
 * stable ids and French labels. Aliases are extra spellings accepted on import (normalised).
 */
import type { ProblemStatus, RaisedBy, ThemeId } from './model';
import { normalizeText } from './normalize';

/** One entry of a list: a stable id, a French label, accepted spellings. */
export interface TaxonomyEntry {
	id: string;
	label: string;
	/** Other accepted spellings on import (compared after `normalizeText`). */
	aliases?: readonly string[];
	/** Built-in entries can be neither deleted nor renamed. */
	builtIn: boolean;
}

/** The extensible lists: built-in entries first, then the user's custom entries. */
export interface Taxonomy {
	/** Workshop themes: the three CTG workshops, then themes the user added (ids are ThemeIds). */
	themes: readonly TaxonomyEntry[];
	subjects: readonly TaxonomyEntry[];
	publics: readonly TaxonomyEntry[];
}

/** The three CTG workshop themes and their French labels (the user may add more). */
export const THEMES: readonly (TaxonomyEntry & { id: ThemeId })[] = [
	{
		id: 'petite_enfance',
		label: 'petite enfance et enfance',
		// The old id stays an accepted spelling: files written before the ids were shared carry it.
		aliases: [
			'petite enfance',
			'enfance',
			'petite enfance enfance',
			'pe enfance',
			'petite_enfance_enfance'
		],
		builtIn: true
	},
	{ id: 'jeunesse', label: 'jeunesse', aliases: ['jeunes'], builtIn: true },
	{
		id: 'vie_associative',
		label: 'vie associative',
		aliases: ['associations', 'vie asso'],
		builtIn: true
	}
];

const entry = (id: string, label: string, ...aliases: string[]): TaxonomyEntry => ({
	id,
	label,
	aliases,
	builtIn: true
});

/** Built-in subjects. */
export const BUILT_IN_SUBJECTS: readonly TaxonomyEntry[] = [
	entry('garde_enfants', 'garde d’enfants', 'garde', 'mode de garde', 'modes de garde'),
	entry('parentalite', 'parentalité', 'soutien a la parentalite'),
	entry('scolarite', 'scolarité', 'ecole', 'scolaire'),
	entry('formation_insertion', 'formation et insertion', 'formation', 'insertion', 'emploi'),
	entry('acces_droits', 'accès aux droits', 'droits'),
	entry('acces_services', 'accès aux services', 'services'),
	entry('logement', 'logement'),
	entry('mobilite', 'mobilité', 'transport', 'transports'),
	entry('loisirs', 'loisirs'),
	entry('culture', 'culture'),
	entry('sport', 'sport'),
	entry('sante', 'santé'),
	entry('numerique', 'numérique', 'inclusion numerique'),
	entry('benevolat_vie_associative', 'bénévolat et vie associative', 'benevolat')
];

/** Built-in publics. */
export const BUILT_IN_PUBLICS: readonly TaxonomyEntry[] = [
	entry('familles_monoparentales', 'familles monoparentales', 'monoparentales'),
	entry('familles_nombreuses', 'familles nombreuses'),
	entry('handicap', 'personnes en situation de handicap', 'handicap', 'psh'),
	entry('jeunes_16_25', 'jeunes 16–25 ans', 'jeunes 16 25', '16 25 ans', 'jeunes'),
	entry('petite_enfance_0_3', 'petite enfance 0–3 ans', 'petite enfance 0 3', '0 3 ans'),
	entry('seniors', 'seniors', 'personnes agees')
];

/** Who raised a problem, French labels. */
export const RAISED_BY: readonly (TaxonomyEntry & { id: RaisedBy })[] = [
	{ id: 'service', label: 'service', aliases: ['services', 'service public'], builtIn: true },
	{ id: 'association', label: 'association', aliases: ['associations', 'asso'], builtIn: true },
	{ id: 'elu', label: 'élu·e', aliases: ['elu', 'elue', 'elus', 'elu e'], builtIn: true },
	{ id: 'partenaire', label: 'partenaire', aliases: ['partenaires'], builtIn: true },
	{
		id: 'habitant',
		label: 'habitant·e',
		aliases: ['habitant', 'habitante', 'habitants'],
		builtIn: true
	}
];

/** Statuses, French labels as shown to users. */
export const STATUSES: readonly (TaxonomyEntry & { id: ProblemStatus })[] = [
	{ id: 'nouvelle', label: 'nouvelle', aliases: ['nouveau'], builtIn: true },
	{
		id: 'retenue',
		label: 'retenue pour le plan d’actions',
		aliases: ['retenue', 'retenu', 'plan d actions'],
		builtIn: true
	},
	{ id: 'ecartee', label: 'écartée', aliases: ['ecarte', 'rejetee'], builtIn: true }
];

/** The taxonomy with only built-in entries. */
export const BUILT_IN_TAXONOMY: Taxonomy = {
	themes: THEMES,
	subjects: BUILT_IN_SUBJECTS,
	publics: BUILT_IN_PUBLICS
};

/**
 * Normalised spelling → entry, built once per list (lists are never changed in place: adding a
 * custom entry makes a new array). Ids and labels come first, in list order, then aliases, so a
 * lookup gives what scanning the list twice would: the first entry whose id or label matches,
 * else the first whose alias does.
 */
const spellings = new WeakMap<readonly TaxonomyEntry[], Map<string, TaxonomyEntry>>();

function spellingIndex<T extends TaxonomyEntry>(entries: readonly T[]): Map<string, T> {
	let index = spellings.get(entries);
	if (!index) {
		index = new Map();
		for (const e of entries)
			for (const name of [e.id, e.label]) {
				const key = normalizeText(name);
				if (!index.has(key)) index.set(key, e);
			}
		for (const e of entries)
			for (const alias of e.aliases ?? []) {
				const key = normalizeText(alias);
				if (!index.has(key)) index.set(key, e);
			}
		spellings.set(entries, index);
	}
	return index as Map<string, T>;
}

/**
 * Finds the entry whose id, label or alias equals `text` after normalisation; null otherwise.
 * Exact only: a near miss is reported to the user, never guessed.
 */
export function findEntry<T extends TaxonomyEntry>(entries: readonly T[], text: string): T | null {
	const wanted = normalizeText(text);
	if (!wanted) return null;
	return spellingIndex(entries).get(wanted) ?? null;
}

/** French label of an entry id, or the id itself when unknown (never an empty cell). */
export function labelOf(entries: readonly TaxonomyEntry[], id: string): string {
	return entries.find((e) => e.id === id)?.label ?? id;
}

/** Labels of the workshop themes, joined for error messages. */
export function themeLabels(taxonomy: Taxonomy = BUILT_IN_TAXONOMY): string {
	return taxonomy.themes.map((t) => t.label).join(', ');
}
