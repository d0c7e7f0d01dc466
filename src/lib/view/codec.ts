/**
 * One generic URL codec for every page's view. A view is plain data; each of its fields is
 * declared once with a valibot schema (what a valid value is, with a French reason) and its URL
 * name. Decoding goes field by field: an invalid or outdated parameter falls back to that field's
 * default and is reported, so a hand-edited or old link still opens a valid page.
 */
import { cutLong } from '$lib/format/cut';
import { quotedList } from '$lib/format/plural';
import * as v from 'valibot';

/** A URL parameter the decoder did not take as written, with the French reason. */
export interface UrlNote {
	param: string;
	value: string;
	reason: string;
	/** 'ignored': the default was used; 'replaced': an equivalent current value was used. */
	kind: 'ignored' | 'replaced';
	/** One item of a list left out or replaced, the rest of the parameter read: the reason names it. */
	part?: boolean;
}

/** What a field's reader makes of its raw parameter: a candidate value, plus partial notes. */
export interface ReadResult {
	value: unknown;
	/**
	 * What was not taken as written: with `part`, one item of a list (e.g. a duplicated one),
	 * whose reason names it; otherwise the parameter as a whole.
	 */
	notes?: { reason: string; kind?: UrlNote['kind']; part?: boolean }[];
}

/** One field of a view: its URL name, its schema, and how it reads and writes a string. */
export interface Field<T> {
	/** Name in the URL (French, kept stable so old links still work). */
	param: string;
	/** What a valid value is; its messages are the French reasons shown to the user. */
	schema: v.GenericSchema<unknown, T>;
	/** Raw parameter → candidate value (default: the string itself). */
	read?: (raw: string) => ReadResult;
	/** Value → parameter (default: String(value)). */
	write?: (value: T) => string;
}

/** The fields of a view, keyed like the view itself. */
export type Fields<V> = { [K in keyof V]: Field<V[K]> };

/** Declares a field with its types checked (an identity helper for inference). */
export function field<T>(f: Field<T>): Field<T> {
	return f;
}

/** A view's plain-data schema, built from its fields (for stored views, e.g. a presentation). */
export function viewSchema<V extends object>(fields: Fields<V>) {
	const entries = Object.fromEntries(
		Object.entries(fields).map(([k, f]) => [k, (f as Field<unknown>).schema])
	);
	return v.object(entries) as unknown as v.GenericSchema<unknown, V>;
}

/** A value as its field writes it in a link. */
export const written = <T>(f: Field<T>, value: T): string =>
	f.write ? f.write(value) : String(value);

/**
 * A valid view from a query: every field is read from its parameter when present and valid,
 * otherwise it keeps the default. Returns the notes on what was ignored or replaced.
 */
export function decodeView<V extends object>(
	query: URLSearchParams,
	fields: Fields<V>,
	defaults: V
): { view: V; notes: UrlNote[] } {
	const view = { ...defaults };
	const notes: UrlNote[] = [];
	for (const key of Object.keys(fields) as (keyof V & string)[]) {
		const f = fields[key];
		const raw = query.get(f.param);
		if (raw === null) continue;
		// A parameter written twice (a link edited by hand): the first is read, the others said,
		// naming the one read (it may be left out too, with its own note); many in one line. The
		// same value again loses nothing: not said.
		const extras = [...new Set(query.getAll(f.param).slice(1))].filter((x) => x !== raw);
		const first = `seule la première valeur, « ${cutLong(raw)} », est lue`;
		if (extras.length === 1)
			notes.push({
				param: f.param,
				value: extras[0]!,
				reason: `paramètre en double : ${first}`,
				kind: 'ignored'
			});
		else if (extras.length > 1)
			notes.push({
				param: f.param,
				value: raw,
				reason: `autres valeurs ${quotedList(extras.map((v) => cutLong(v)))} : ${first}`,
				kind: 'ignored',
				part: true
			});
		const read = f.read ? f.read(raw) : { value: raw };
		const parsed = v.safeParse(f.schema, read.value);
		for (const n of read.notes ?? [])
			notes.push({
				param: f.param,
				value: raw,
				reason: n.reason,
				kind: n.kind ?? 'ignored',
				...(n.part ? { part: true } : {})
			});
		if (parsed.success) view[key] = parsed.output;
		else
			notes.push({
				param: f.param,
				value: raw,
				reason: parsed.issues[0]?.message ?? 'valeur non reconnue',
				kind: 'ignored'
			});
	}
	const known = new Set(Object.values(fields).map((f) => (f as Field<unknown>).param));
	for (const [param, value] of query)
		if (!known.has(param))
			notes.push({ param, value, reason: 'paramètre inconnu', kind: 'ignored' });
	return { view, notes };
}

/** The query of a view (without '?'): only the fields that differ from the defaults. */
export function encodeView<V extends object>(view: V, fields: Fields<V>, defaults: V): string {
	const p = new URLSearchParams();
	for (const key of Object.keys(fields) as (keyof V & string)[]) {
		const f = fields[key];
		const text = written(f, view[key]);
		if (text !== written(f, defaults[key])) p.set(f.param, text);
	}
	return p.toString();
}

/**
 * The French line of a note, e.g. « Paramètre ignoré : n=999 (nombre de classes entre 3 et 7) »;
 * for one item of a list, « Dans communes, ignoré : « abc » : commune hors du territoire… » (the
 * whole list, repeated on each of its items' lines, said nothing more).
 */
export function noteText(n: UrlNote): string {
	if (n.part)
		return `Dans ${n.param}, ${n.kind === 'replaced' ? 'remplacé' : 'ignoré'} : ${n.reason}`;
	const head = n.kind === 'replaced' ? 'Paramètre remplacé' : 'Paramètre ignoré';
	return `${head} : ${n.param}=${cutLong(n.value)} (${n.reason})`;
}
