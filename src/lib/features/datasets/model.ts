/**
 * A partner's dataset as the atlas keeps it: what the file held once read (the per-commune counts,
 * the rows kept), how they become an indicator (shape, measure, coverage) and the user's
 * description. The indicator itself is derived here, so its formula is the catalogue's kind of
 * formula and goes through the one SQL computation of every indicator (`$lib/sql/indicators`).
 */
import { SOURCES } from '$lib/indicators/sources';
import type {
	Formula,
	Indicator,
	Polarity,
	Snapshot,
	Source,
	ThemeId
} from '$lib/indicators/types';

/** What one row of the file is. */
export type DatasetShape = 'items' | 'communes' | 'rate';

/** Which communes the file speaks for: absent ones are then 0 items, or « non publié ». */
export type Coverage = 'territory' | 'departement';

/** Census denominators an item count can be set against (columns of `commune_values`). */
export const DENOMINATORS = {
	habitants: { column: 'rp22_pop', scale: 1000, unit: 'pour 1 000 habitants', noun: 'habitants' },
	enfants: {
		column: 'rp22_pop0014',
		scale: 1000,
		unit: 'pour 1 000 enfants de 0 à 14 ans',
		noun: 'enfants de 0 à 14 ans'
	},
	jeunes: {
		column: 'rp22_pop1529',
		scale: 1000,
		unit: 'pour 1 000 jeunes de 15 à 29 ans',
		noun: 'jeunes de 15 à 29 ans'
	}
} as const;
export type DenominatorId = keyof typeof DENOMINATORS;

/** How the rows become one number per commune. */
export type Measure =
	/** Items: the number of rows, or the sum of one column; optionally per 1 000 of a census count. */
	| { kind: 'count'; per: DenominatorId | null }
	| { kind: 'sum'; column: string; per: DenominatorId | null }
	/** One row per commune: its value; `additive` when it is a count that sums over communes. */
	| { kind: 'value'; column: string; additive: boolean }
	/** One row per commune with a numerator and a denominator: rebuilt from sums, never averaged. */
	| { kind: 'rate'; numerator: string; denominator: string; scale: 100 | 1000 };

/** The user's description of the indicator. */
export interface Description {
	label: string;
	unit: string;
	theme: ThemeId;
	polarity: Polarity;
	/** Who produced the file (« CAF du Gard »). */
	producer: string;
	/** Year or vintage of the data (« 2024 »). */
	year: string;
	definition: string;
	caveat: string;
	digits: number;
}

/** The settings of one import, kept so that a newer file can replace it the same way. */
export interface DatasetSettings {
	shape: DatasetShape;
	/** Header of the commune column ('' for GeoJSON points, placed by their position). */
	communeColumn: string;
	coverage: Coverage;
	measure: Measure;
}

/** A dataset as stored in the browser (and in a package file). */
export interface StoredDataset {
	format: 'atlas-jeu-de-donnees';
	version: 1;
	/** Indicator id and prefix of its `commune_values` columns (`u_…`). */
	id: string;
	fileName: string;
	importedAt: string;
	settings: DatasetSettings;
	description: Description;
	/** Per-commune numbers: `n` the numerator (or the value), `d` a rate's denominator. */
	counts: { n: Record<string, number>; d: Record<string, number> };
	/** Communes whose value the file leaves secret. */
	secret: string[];
	/** Communes with a row the import could not read: their value is unknown (« rejete »). */
	refused?: string[];
	/** The rows kept, as read, with the commune each was assigned to (for the SQL console). */
	table: { headers: string[]; rows: { code: string; cells: string[] }[] };
	/** Plain-French lines of the import report (rows left out, communes folded…). */
	report: string[];
	/**
	 * The indicator's values as the engine computed them (the one indicator SQL) over the atlas
	 * data of `basis` (the snapshot's `generatedAt`): pages show them without starting the engine.
	 * Recomputed when the atlas data changes. Absent from packages.
	 */
	computed?: { basis: string; values: Snapshot['indicators'][string] };
}

/** The `commune_values` columns of a dataset: numerator (or value) and denominator. */
export function datasetColumns(id: string): { n: string; d: string } {
	return { n: `${id}_n`, d: `${id}_d` };
}

/** The census source when the indicator divides by a census count. */
function censusSource(measure: Measure): Source[] {
	const per = measure.kind === 'count' || measure.kind === 'sum' ? measure.per : null;
	if (!per) return [];
	const { origin: _origin, cogYear: _cog, ...source } = SOURCES.rp2022;
	return [source];
}

/** The formula of a dataset's indicator, over its `commune_values` columns. */
export function datasetFormula(ds: Pick<StoredDataset, 'id' | 'settings'>): Formula {
	const col = datasetColumns(ds.id);
	const m = ds.settings.measure;
	switch (m.kind) {
		case 'count':
		case 'sum':
			return m.per
				? {
						kind: 'ratio',
						numerator: [col.n],
						denominator: [DENOMINATORS[m.per].column],
						scale: DENOMINATORS[m.per].scale
					}
				: { kind: 'value', column: col.n, aggregate: { kind: 'sum' } };
		case 'value':
			return {
				kind: 'value',
				column: col.n,
				aggregate: m.additive
					? { kind: 'sum' }
					: {
							kind: 'none',
							reason:
								'valeur fournie commune par commune, sans ses effectifs : elle ne se totalise pas honnêtement'
						}
			};
		case 'rate':
			return { kind: 'ratio', numerator: [col.n], denominator: [col.d], scale: m.scale };
	}
}

/** What the counts of a ratio are, for « 3 sur 1 204 habitants ». */
function counted(ds: StoredDataset): Indicator['counted'] {
	const m = ds.settings.measure;
	if ((m.kind === 'count' || m.kind === 'sum') && m.per) {
		const what = m.kind === 'count' ? 'éléments du fichier' : m.column;
		return { numerator: what, denominator: DENOMINATORS[m.per].noun };
	}
	if (m.kind === 'rate') return { numerator: m.numerator, denominator: m.denominator };
	return undefined;
}

/** The label every view shows after a user-provided indicator's name. */
export const USER_PROVIDED = 'données importées';

/** The indicator a dataset adds to the catalogue, labelled as user-provided with its source. */
export function datasetIndicator(ds: StoredDataset): Indicator {
	const d = ds.description;
	const source: Source = {
		id: ds.id,
		file: ds.fileName,
		producer: d.producer || 'non précisé',
		vintage: d.year || 'année non précisée',
		licence: `fichier importé dans ce navigateur le ${ds.importedAt.slice(0, 10)}`
	};
	const caveats = [
		`Indicateur ajouté à partir d’un fichier importé (« ${ds.fileName} »), non vérifié par l’atlas.`,
		...(d.caveat ? [d.caveat] : [])
	];
	return {
		id: ds.id,
		label: `${d.label} · ${USER_PROVIDED}`,
		definition: d.definition || `${d.label}, d’après le fichier « ${ds.fileName} ».`,
		theme: d.theme,
		unit: d.unit,
		digits: d.digits,
		formula: datasetFormula(ds),
		sources: [source, ...censusSource(ds.settings.measure)],
		polarity: d.polarity,
		counted: counted(ds),
		caveats,
		userProvided: { fileName: ds.fileName, importedAt: ds.importedAt }
	};
}
