/** The comparison page's view (`/comparer`): the communes compared and the theme shown. */
import * as v from 'valibot';
import type { FormerCommune } from '$lib/indicators/types';
import { counted, quotedList, times } from '$lib/format/plural';
import { field, type Fields } from '$lib/view/codec';

/** How many communes a comparison holds. */
export const MIN_COMMUNES = 2;
export const MAX_COMMUNES = 6;
/** The theme choice meaning every indicator. */
export const ALL_THEMES = 'tous';

/** What the comparison shows. */
export interface CompareView {
	/** INSEE codes, in the order they were added. */
	communes: string[];
	/** A CTG theme id, or `ALL_THEMES`. */
	theme: string;
}

/** What the decoder checks against. */
export interface CompareContext {
	communes: readonly string[];
	themes: readonly string[];
	formerCommunes?: readonly FormerCommune[];
	/** Names by code, to name the commune a former one merged into. */
	names?: Readonly<Record<string, string>>;
}

/** The default view: no commune yet, every indicator. */
export function defaultCompareView(): CompareView {
	return { communes: [], theme: ALL_THEMES };
}

/** Unknown codes named one by one, the rest counted in one note. */
const UNKNOWN_SHOWN = 3;

/**
 * Reads « 30007,30132 »: former codes become their commune; unknown, repeated or extra codes are
 * left out with a note, one per code at most (a code written 2 000 times gives one line, not
 * 1 999), the unknown ones past three and the extra ones counted in one note each.
 */
function readCommunes(raw: string, ctx: CompareContext) {
	const out: string[] = [];
	type Note = { reason: string; kind?: 'replaced'; part: true };
	const notes: Note[] = [];
	const seen = new Map<string, { times: number; chosen: boolean; note?: Note }>();
	const unknown: string[] = [];
	const extra: string[] = [];
	/** Communes that came in under a former code, with that code as typed. */
	const via = new Map<string, string>();
	const said = (code: string) =>
		ctx.names && Object.hasOwn(ctx.names, code) ? `${ctx.names[code]} (${code})` : code;
	for (const item of raw
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)) {
		const again = seen.get(item);
		if (again) {
			// Said once, for a code that is in the comparison; the others already have their note.
			if (!again.chosen) continue;
			again.times++;
			const reason = `« ${item} » figure ${times(again.times)}`;
			if (again.note) again.note.reason = reason;
			else notes.push((again.note = { reason, part: true }));
			continue;
		}
		const entry = { times: 1, chosen: false };
		seen.set(item, entry);
		const former = ctx.formerCommunes?.find((f) => f.code === item);
		const code = former && ctx.communes.includes(former.into) ? former.into : item;
		if (former && code !== item)
			notes.push({
				// As the map says it: « Corbès (30094) a fusionné en 2025 dans Thoiras-Corbès (30329) ».
				reason: `${former.name} (${item}) a fusionné${former.year ? ` en ${former.year}` : ''} dans ${said(code)}`,
				kind: 'replaced',
				part: true
			});
		if (!ctx.communes.includes(code)) {
			if (unknown.push(item) <= UNKNOWN_SHOWN)
				notes.push({
					reason: `« ${item} » : commune hors du territoire ou code inconnu`,
					part: true
				});
		} else if (out.includes(code))
			notes.push({
				// Typed once, but its commune came in already under another code (a former one's, or
				// the former code after its commune's): said so, not « figure deux fois ».
				reason:
					code !== item
						? `« ${item} » : ${said(code)} est déjà comparée`
						: via.has(code)
							? `« ${item} » est déjà comparée (par ${via.get(code)}, qui y a fusionné)`
							: `« ${item} » figure deux fois`,
				part: true
			});
		else if (out.length >= MAX_COMMUNES) extra.push(item);
		else {
			out.push(code);
			if (code !== item) via.set(code, `« ${item} »`);
			entry.chosen = true;
		}
	}
	if (unknown.length > UNKNOWN_SHOWN)
		notes.push({
			reason: `${counted(unknown.length - UNKNOWN_SHOWN, 'autre code', 'autres codes')} hors du territoire ou inconnus`,
			part: true
		});
	if (extra.length)
		notes.push({ reason: `${quotedList(extra)} : ${MAX_COMMUNES} communes au plus`, part: true });
	return { value: out, notes };
}

/** The page's fields. */
export function compareFields(ctx: CompareContext): Fields<CompareView> {
	return {
		communes: field({
			param: 'communes',
			schema: v.pipe(
				v.array(v.picklist(ctx.communes, 'commune hors du territoire ou code inconnu')),
				v.maxLength(MAX_COMMUNES, `${MAX_COMMUNES} communes au plus`)
			),
			read: (raw) => readCommunes(raw, ctx),
			write: (list) => list.join(',')
		}),
		theme: field({
			param: 'theme',
			schema: v.picklist([ALL_THEMES, ...ctx.themes], 'thème inconnu')
		})
	};
}
