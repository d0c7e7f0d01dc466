/** Arrow results turned into plain JS rows, so nothing above the data layer sees Arrow or BigInt. */

/** A row of plain values. */
export type Row = Record<string, string | number | boolean | null>;

interface ArrowLike {
	toArray(): { toJSON(): Record<string, unknown> }[];
}

/** Converts an Arrow table to plain rows (BigInt → number, Date → ISO string). */
export function arrowToRows(table: ArrowLike): Row[] {
	return table.toArray().map((r) => plainRow(r.toJSON()));
}

/** One Arrow row (as `toJSON()` gives it) with plain values. */
export function plainRow(src: Record<string, unknown>): Row {
	const out: Row = {};
	for (const [k, v] of Object.entries(src)) out[k] = plain(v);
	return out;
}

function plain(v: unknown): string | number | boolean | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
	if (v instanceof Date) return v.toISOString();
	return String(v);
}
