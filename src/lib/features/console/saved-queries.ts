/**
 * Queries saved from the console, kept in this browser (localStorage) and read back through a
 * valibot check, query by query: a damaged entry is left out and said, the stored text set aside.
 */
import * as v from 'valibot';
import { loadChecked, saveText, type KeyValueStore, type Reading } from '$lib/io/local-store';

export interface SavedQuery {
	id: string;
	name: string;
	sql: string;
	/** ISO timestamp. */
	savedAt: string;
}

export const SAVED_KEY = 'atlas-requetes';
export const SAVED_DAMAGED_KEY = 'atlas-requetes-illisibles';
const FORMAT = 'atlas-requetes';
const VERSION = 1;
export const MAX_QUERIES = 200;
const MAX_SQL = 20_000;

const QuerySchema = v.object({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'identifiant invalide')),
	name: v.pipe(
		v.string('nom : du texte est attendu'),
		v.trim(),
		v.minLength(1, 'nom vide'),
		v.maxLength(200, 'nom trop long')
	),
	sql: v.pipe(
		v.string('requête : du texte est attendu'),
		v.minLength(1, 'requête vide'),
		v.maxLength(MAX_SQL, 'requête trop longue')
	),
	savedAt: v.pipe(v.string(), v.isoTimestamp('date d’enregistrement invalide'))
});

/** Checks a stored list, query by query. */
export function readSavedQueries(raw: unknown): Reading<SavedQuery[]> {
	const r = raw as { format?: unknown; version?: unknown; queries?: unknown } | null;
	if (!r || typeof r !== 'object' || r.format !== FORMAT || !Array.isArray(r.queries))
		return { ok: false, message: 'ce n’est pas une liste de requêtes de l’atlas.' };
	if (typeof r.version !== 'number' || r.version > VERSION)
		return {
			ok: false,
			message: 'elle a été enregistrée par une version plus récente de l’atlas.'
		};
	const value: SavedQuery[] = [];
	const dropped: string[] = [];
	r.queries.slice(0, MAX_QUERIES).forEach((q, i) => {
		const parsed = v.safeParse(QuerySchema, q);
		if (parsed.success) value.push(parsed.output);
		else dropped.push(`Requête ${i + 1} : ${parsed.issues[0].message}, elle est laissée de côté.`);
	});
	return { ok: true, value, dropped };
}

export function loadSavedQueries(store: KeyValueStore | null) {
	return loadChecked(
		store,
		{ key: SAVED_KEY, damagedKey: SAVED_DAMAGED_KEY },
		readSavedQueries,
		[] as SavedQuery[],
		{
			unavailable:
				'Le stockage du navigateur n’est pas disponible (navigation privée ?) : les requêtes enregistrées dureront le temps de cette page.',
			unreadable: 'Les requêtes enregistrées dans ce navigateur sont illisibles',
			aside: `Le texte enregistré est gardé à part dans ce navigateur (clé « ${SAVED_DAMAGED_KEY} »).`
		}
	);
}

export function saveSavedQueries(
	store: KeyValueStore | null,
	queries: readonly SavedQuery[]
): string | null {
	return saveText(store, SAVED_KEY, JSON.stringify({ format: FORMAT, version: VERSION, queries }), {
		unavailable:
			'Le stockage du navigateur n’est pas disponible : la requête n’est pas enregistrée.',
		full: 'Le disque est plein (ou la place accordée à ce site est épuisée) : la requête n’est pas enregistrée, les requêtes enregistrées avant restent intactes.',
		refused: 'Le navigateur a refusé d’enregistrer la requête : rechargez la page puis recommencez.'
	});
}
