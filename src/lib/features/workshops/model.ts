/**
 * The workshop problem ("problématique") model: what a forum workshop raised, where, for whom.
 * Identifiers are English and stable; French labels live in `taxonomy.ts`.
 */

import type { ThemeId } from '$lib/indicators/types';

/** A theme id: the same id space as the indicators' CTG themes (see `indicators/types.ts`). */
export type { ThemeId };

/** The three CTG workshop themes (the user may add more, see `taxonomy-custom.ts`). */
export const THEME_IDS = [
	'petite_enfance',
	'jeunesse',
	'vie_associative'
] as const satisfies readonly ThemeId[];

/** Who raised the problem in the workshop. */
export const RAISED_BY_IDS = ['service', 'association', 'elu', 'partenaire', 'habitant'] as const;
/** Id of the kind of participant who raised a problem. */
export type RaisedBy = (typeof RAISED_BY_IDS)[number];

/**
 * The largest weight or forum number: a weight counts the participants or structures who raised a
 * problem, far fewer than the territory's inhabitants. Counts are 32-bit integers in the engine's
 * tables (`arrow.ts`): a larger number would come out wrong there, so it is refused everywhere a
 * problem comes in (form, import) and set aside when read from the store.
 */
export const MAX_COUNT = 1_000_000;

/** Where a problem stands in the CTG process. */
export const STATUS_IDS = ['nouvelle', 'retenue', 'ecartee'] as const;
/** Status id of a problem. */
export type ProblemStatus = (typeof STATUS_IDS)[number];

/** The forum (plenary session) where a workshop took place. */
export interface Forum {
	/** ISO date yyyy-mm-dd. */
	date: string;
	/** Venue, e.g. « Alès » ; empty string when unknown (never invented). */
	lieu: string;
	/** Forum number in the series (1, 2, 3…), null when unknown. */
	numero: number | null;
}

/** One problem raised in a workshop. */
export interface Problem {
	/** Stable id: explicit in the file, or a deterministic content hash (see `identity.ts`). */
	id: string;
	forum: Forum;
	theme: ThemeId;
	/** Subject ids (built-in or custom), unique, in taxonomy order of entry. */
	subjects: string[];
	/** Public ids (built-in or custom). */
	publics: string[];
	/** INSEE codes of the communes concerned; empty when `wholeTerritory` is true. */
	communes: string[];
	/** « tout le territoire »: the problem concerns the whole Agglomération. */
	wholeTerritory: boolean;
	/** Free text as written by the workshop. */
	description: string;
	/** How many participants or structures raised it (integer ≥ 1). */
	weight: number;
	/** Null when the source did not say: we never invent who raised a problem. */
	raisedBy: RaisedBy | null;
	status: ProblemStatus;
	/** ISO timestamps (UTC). */
	createdAt: string;
	updatedAt: string;
	/** True for the fictional example set: never presented as what was said at a forum. */
	example: boolean;
}

/** The fields a user fills in or a file provides; id and timestamps are derived. */
export type ProblemDraft = Omit<Problem, 'id' | 'createdAt' | 'updatedAt'> & {
	id?: string;
	createdAt?: string;
	updatedAt?: string;
};
