/**
 * Reads the header row: which column holds each field, which extra columns are merged into a list
 * field, which duplicates the user must choose between, which headers are only abbreviations (a
 * proposal to accept), and which columns are not imported at all. Nothing is dropped silently.
 */
import { normalizeText } from '../normalize';
import { FIELDS, fieldOfHeader, type ColumnMapping, type FieldSpec } from './fields';

/** Fields holding lists: two columns of the same name are read together. */
export const LIST_FIELDS = ['communes', 'subjects', 'publics'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** What the header row says. */
export interface HeaderReading {
	mapping: ColumnMapping;
	/** Further columns read into a list field (a second « Communes » column). */
	merged: Partial<Record<ListField, number[]>>;
	/** Single-valued fields named by several columns: the user chooses (mapping step). */
	duplicates: { field: FieldSpec; columns: number[] }[];
	/** Headers recognised from an abbreviation only: proposed in the mapping step. */
	proposals: { field: FieldSpec; column: number }[];
	/** Columns read into no field (with a header, or holding data). */
	unused: number[];
}

const isList = (id: string): id is ListField => (LIST_FIELDS as readonly string[]).includes(id);

/** True when each word of `short` abbreviates the word of `long` at its place (« thém » → thème). */
function abbreviates(short: string, long: string): boolean {
	const s = short.split(' ');
	const l = long.split(' ');
	if (s.length !== l.length) return false;
	return s.every((word, i) => {
		const full = l[i] ?? '';
		if (word.length < 2 || word[0] !== full[0]) return false;
		let at = 0;
		for (const ch of word) {
			at = full.indexOf(ch, at) + 1;
			if (at === 0) return false;
		}
		return true;
	});
}

/** The only field that a header abbreviates (« Descr. », « Dt forum »), if exactly one. */
export function abbreviatedField(header: string): FieldSpec | undefined {
	const key = normalizeText(header);
	if (key.length < 3) return undefined;
	const found = FIELDS.filter((f) => f.aliases.some((a) => abbreviates(key, normalizeText(a))));
	return found.length === 1 ? found[0] : undefined;
}

/**
 * Reads the headers, with the user's mapping when there is one (`chosen`). `hasData(i)` says
 * whether a column without a header holds anything (such a column is reported, an empty one not).
 */
export function readHeaders(
	headers: readonly string[],
	chosen: ColumnMapping | null,
	hasData: (column: number) => boolean
): HeaderReading {
	const exact = headers.map((h) => fieldOfHeader(h));
	const mapping: ColumnMapping = { ...(chosen ?? {}) };
	const duplicates: HeaderReading['duplicates'] = [];
	const proposals: HeaderReading['proposals'] = [];
	if (!chosen) {
		for (const field of FIELDS) {
			const columns = exact.flatMap((f, i) => (f === field ? [i] : []));
			if (columns[0] !== undefined) mapping[field.id] = columns[0];
			if (columns.length > 1 && !isList(field.id)) duplicates.push({ field, columns });
		}
		headers.forEach((h, column) => {
			const field = exact[column] ? undefined : abbreviatedField(h);
			if (field && mapping[field.id] === undefined) {
				mapping[field.id] = column;
				proposals.push({ field, column });
			}
		});
	}
	const used = new Set(Object.values(mapping));
	const merged: HeaderReading['merged'] = {};
	for (const id of LIST_FIELDS) {
		if (mapping[id] === undefined) continue;
		const more = exact.flatMap((f, i) => (f?.id === id && !used.has(i) ? [i] : []));
		if (more.length) merged[id] = more;
		more.forEach((i) => used.add(i));
	}
	for (const d of duplicates) d.columns.forEach((i) => used.add(i));
	const unused = headers.flatMap((h, i) =>
		!used.has(i) && (h.trim() !== '' || hasData(i)) ? [i] : []
	);
	return { mapping, merged, duplicates, proposals, unused };
}
