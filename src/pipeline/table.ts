/** Turning a per-commune mirror table into output columns, brought to COG 2025. */
import { SOURCES, type SourceId } from '../lib/indicators/sources';
import { foldCounts, foldPublished, type CommuneValues } from './cog';
import { readCsv, toNumber } from './csv';
import { PipelineError } from './errors';

/** Columns a source contributes to `commune_values.csv`, by COG 2025 commune code. */
export interface SourceColumns {
	id: SourceId;
	/** Rows read from the mirror file (for the manifest). */
	rows: number;
	columns: string[];
	values: Map<string, CommuneValues>;
	/** Published rates and medians among `columns`: NULL for a commune formed by a later merge. */
	published?: string[];
}

/** One output column taken from one input column. */
export interface ColumnSpec {
	/** Output name, lower snake case prefixed by source. */
	out: string;
	/** Column in the mirror file. */
	from: string;
	/** 'count' is summed over merged communes; 'published' (rate, median) becomes NULL there. */
	kind: 'count' | 'published';
}

/**
 * Reads a table with one row per commune (optionally only rows where `filter.column` equals a value), converts the listed columns to
 * numbers and folds merged communes to COG 2025.
 */
export function readCommuneTable(
	dataDir: string,
	id: SourceId,
	codeColumn: string,
	specs: readonly ColumnSpec[],
	filter?: { column: string; equals: string }
): SourceColumns {
	const { file, cogYear } = SOURCES[id];
	const required = [codeColumn, ...specs.map((s) => s.from), ...(filter ? [filter.column] : [])];
	const table = readCsv(dataDir, file, required);
	const kept = filter ? table.rows.filter((r) => r[filter.column] === filter.equals) : table.rows;
	const byCode = new Map<string, CommuneValues>();
	for (const row of kept) {
		const code = (row[codeColumn] ?? '').trim();
		if (byCode.has(code)) {
			throw new PipelineError(`${file} : commune ${code} en double (colonne ${codeColumn})`);
		}
		const values: CommuneValues = {};
		for (const s of specs) values[s.out] = toNumber(row[s.from], file, s.from);
		byCode.set(code, values);
	}
	const counts = specs.filter((s) => s.kind === 'count').map((s) => s.out);
	const published = specs.filter((s) => s.kind === 'published').map((s) => s.out);
	const folded = foldCounts(byCode, cogYear, counts);
	const foldedPublished = foldPublished(byCode, cogYear, published);
	const values = new Map<string, CommuneValues>();
	for (const [code, v] of folded) {
		const p = foldedPublished.get(code) ?? {};
		const pick = (s: ColumnSpec) => (s.kind === 'published' ? p[s.out] : v[s.out]) ?? null;
		values.set(code, Object.fromEntries(specs.map((s) => [s.out, pick(s)])));
	}
	return { id, rows: table.rows.length, columns: specs.map((s) => s.out), values, published };
}
