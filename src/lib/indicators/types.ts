/**
 * Types of the indicator catalogue: the single place that says what each number on screen is,
 * how it is computed from counts, and where it comes from.
 */

/**
 * Built-in CTG themes (French labels live in `themes.ts`). The workshop themes of the problems
 * share this id space: the three CTG workshops are `petite_enfance`, `jeunesse` and
 * `vie_associative`.
 */
export type BuiltInThemeId =
	| 'petite_enfance'
	| 'jeunesse'
	| 'vie_associative'
	| 'familles'
	| 'handicap'
	| 'acces_droits'
	| 'logement'
	| 'mobilite'
	| 'cadre_vie';

/** A theme added by the user (a workshop such as « transversal »): prefixed, never a built-in id. */
export type CustomThemeId = `x_${string}`;

/** One id space for every theme: indicators, workshop problems, filters and links. */
export type ThemeId = BuiltInThemeId | CustomThemeId;

/** A column of `static/data/commune_values.csv` (lower snake case, prefixed by source). */
export type ColumnName = string;

/**
 * How an indicator is computed from the columns of one commune, and how it is aggregated
 * over several communes (the Agglomération, the département).
 * - `ratio`: sum(numerator columns) / sum(denominator columns) × scale. Aggregates sum the counts
 *   over communes first, then divide: a rate is never averaged.
 * - `growth`: annual growth in % between two population columns over `years` years;
 *   aggregates use the summed populations.
 * - `value`: a published value that cannot be rebuilt from counts (a median, a published rate,
 *   a distance). `aggregate` says whether and how it can be aggregated honestly.
 */
export type Formula =
	| { kind: 'ratio'; numerator: ColumnName[]; denominator: ColumnName[]; scale: number }
	| { kind: 'growth'; from: ColumnName; to: ColumnName; years: number }
	| {
			kind: 'value';
			column: ColumnName;
			/**
			 * 'none': no honest aggregate exists (median, secret rate); 'weighted': mean weighted by
			 * `weight`; 'sum': a count, added up over the communes whose value is known.
			 */
			aggregate:
				| { kind: 'none'; reason: string }
				| { kind: 'weighted'; weight: ColumnName }
				| { kind: 'sum' };
			/**
			 * For a rate published without its counts: a count of the commune that its unknown
			 * denominator cannot exceed (its 15-29 year olds for a share of its 15-24 year olds).
			 * Under the small-denominator threshold, the rate is flagged « petit effectif » all the
			 * same, with this count beside it.
			 */
			population?: PopulationBound;
	  };

/** A commune count that bounds a published rate's unknown denominator (see `Formula`). */
export interface PopulationBound {
	column: ColumnName;
	/** French plural noun (« habitants de 15 à 29 ans »), and its singular. */
	counted: string;
	countedOne: string;
	/** Vintage of the count, shown beside it (« RP 2022 »). */
	vintage: string;
}

/** Where a number comes from. */
export interface Source {
	/** Key into the provenance manifest (e.g. 'rp2022'). */
	id: string;
	/** Mirror file name, e.g. 'dossier_complet_extrait_rp2022_communes_gard.csv'. */
	file: string;
	producer: string;
	/** Vintage shown on screen, e.g. 'RP 2022'. */
	vintage: string;
	licence: string;
}

/** +1: a higher value signals more need; -1: a lower value signals more need; 0: neutral / context. */
export type Polarity = 1 | -1 | 0;

export interface Indicator {
	id: string;
	/** Short French label. */
	label: string;
	/** Plain-French definition, one or two sentences, for non-specialists. */
	definition: string;
	theme: ThemeId;
	/** French unit shown after the value: '%', '‰', 'km', '€', 'pour 1 000 enfants'… */
	unit: string;
	/** Decimal digits for display. */
	digits: number;
	formula: Formula;
	sources: Source[];
	polarity: Polarity;
	/**
	 * For a ratio, what its counts are, in French plural nouns, to show « 2 sur 2 actifs de 15 à
	 * 24 ans »; `zero` says what a numerator of 0 means (« aucun établissement recensé… »).
	 */
	counted?: {
		numerator: string;
		denominator: string;
		/** The denominator's words for one (« 1 sur 1 actif de 15 à 24 ans »); else the plural. */
		denominatorOne?: string;
		zero?: string;
	};
	/** Caveats shown on screen (vintage mismatch, straight-line distance, unverified code label…). */
	caveats?: string[];
	/**
	 * An equipment that serves a whole sector (a collège, a lycée): most communes have none, and
	 * that is no lack. `without` names such a commune (« sans collège »), `why` says why in one
	 * clause. The crossing then does not read « none here » as a silent need (`zeroIsNoLack`).
	 */
	servesSector?: { without: string; why: string };
	/**
	 * The numerator counts a year's events (births), not people who are there: a rate on fewer than
	 * `RARE_EVENTS` of them moves a lot by chance from one year to the next, whatever the
	 * denominator (3 births for 121 inhabitants: 24,8 ‰). See `rareEventCodes`.
	 */
	events?: boolean;
	/** Set for an indicator built from a file the user imported (shown as « données importées »). */
	userProvided?: { fileName: string; importedAt: string };
}

/**
 * Why a value is missing (shown as « n.d. » with its reason, never as 0):
 * - `secret`: the producer left the cell empty (statistical secrecy);
 * - `non_publie`: the commune is absent from the source file;
 * - `fusion`: a published rate or median of communes merged since (cannot be recomputed);
 * - `denominateur_nul`: the rate's denominator is 0 (e.g. no active young person);
 * - `rejete`: an imported file's row for the commune could not be read (a word for a number,
 *   the commune twice…): its value is unknown, never a partial sum or 0.
 */
export type MissingReason = 'secret' | 'non_publie' | 'fusion' | 'denominateur_nul' | 'rejete';

/**
 * One number with what it was computed from: for a ratio, its summed numerator and denominator
 * counts (so a rate on a tiny denominator can be flagged); for a NULL value, why it is missing.
 */
export interface ValueDetail {
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	missing: MissingReason | null;
	/** For a rate published without its counts, the count bounding its denominator (`Formula`). */
	population?: number | null;
}

/** An aggregate value with its coverage, so a partial sum is never presented as complete. */
export interface AggregateValue extends ValueDetail {
	/** Communes whose counts entered the aggregate. */
	covered: number;
	/** Communes in the area. */
	total: number;
}

/**
 * Every commune's value of one indicator. Counts and reasons are sparse: `counts` only for
 * ratios (numerator, denominator), `missing` only for NULL values.
 */
export interface IndicatorValues {
	values: Record<string, number | null>;
	counts: Record<string, [number | null, number | null]>;
	missing: Record<string, MissingReason>;
	/** The count bounding an uncounted rate's denominator, by commune (`Formula`'s `population`). */
	population?: Record<string, number>;
}

/** `static/data/snapshot.json`: the numbers that paint the first map before DuckDB starts. */
export interface Snapshot {
	generatedAt: string;
	/** Computed at build time by the same SQL builders the browser runs (`src/lib/sql`). */
	indicators: Record<
		string,
		IndicatorValues & { territory: AggregateValue; departement: AggregateValue }
	>;
}

/** `static/data/territory.json`. */
export interface TerritoryInfo {
	siren: string;
	name: string;
	departement: { code: string; name: string };
	/** INSEE codes of the member communes (COG 2025). */
	communes: string[];
	/** All commune codes of the département (context). */
	contextCommunes: string[];
	/** Summed population municipale of the territory and the département (optional, added by the pipeline). */
	population?: { territory: number; departement: number; vintage: string };
	/** Former codes of the member communes, so an old link still opens (absent from older builds). */
	formerCommunes?: FormerCommune[];
}

/** A former commune code and the current commune it merged into. */
export interface FormerCommune {
	code: string;
	name: string;
	/** Current (COG 2025) code it belongs to. */
	into: string;
	/** Year of the merge, when the pipeline knows it. */
	year?: number;
}
