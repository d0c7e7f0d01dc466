/** Arrow results turned into plain JS rows, so nothing above the data layer sees Arrow or BigInt. */

/** A row of plain values. */
export type Row = Record<string, string | number | boolean | null>;

/** The part of an Arrow table read here: its rows and its column types. */
export interface ArrowLike {
	toArray(): { toJSON(): Record<string, unknown> }[];
	schema?: { fields: { name: string; type: { typeId: number; scale?: number } }[] };
}

/** Arrow's type id for decimals, which DuckDB also uses for HUGEINT (a SUM of integers). */
const ARROW_DECIMAL = 7;

/**
 * Converts an Arrow table to plain rows: BigInt → number, Date → ISO string, and decimals
 * (DECIMAL, and HUGEINT such as `SUM(integer)`) → their value, read with the column's scale.
 */
export function arrowToRows(table: ArrowLike): Row[] {
	const scales = new Map<string, number>();
	for (const f of table.schema?.fields ?? []) {
		if (f.type.typeId === ARROW_DECIMAL) scales.set(f.name, f.type.scale ?? 0);
	}
	return table.toArray().map((r) => plainRow(r.toJSON(), scales));
}

/** One Arrow row (as `toJSON()` gives it) with plain values; `scales` names its decimal columns. */
export function plainRow(
	src: Record<string, unknown>,
	scales: ReadonlyMap<string, number> = new Map()
): Row {
	const out: Row = {};
	for (const [k, v] of Object.entries(src)) {
		const scale = scales.get(k);
		out[k] = scale === undefined ? plain(v) : decimal(v, scale);
	}
	return out;
}

function plain(v: unknown): string | number | boolean | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
	if (v instanceof Date) return v.toISOString();
	return String(v);
}

/**
 * A decimal's value. Arrow gives the unscaled integer (12.34 as DECIMAL(10,2) reads « 1234 »): the
 * decimal point is put back from the scale. A whole number beyond 2^53 stays an exact string,
 * since a JS number would round it.
 */
function decimal(v: unknown, scale: number): string | number | null {
	if (v === null || v === undefined) return null;
	const digits = String(v);
	if (!/^-?\d+$/.test(digits)) return plain(v) as string | number | null;
	const negative = digits.startsWith('-');
	const abs = negative ? digits.slice(1) : digits;
	if (scale === 0) {
		const n = Number(digits);
		return Number.isSafeInteger(n) ? n : digits;
	}
	const padded = abs.padStart(scale + 1, '0');
	const text = `${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
	return Number(negative ? `-${text}` : text);
}
