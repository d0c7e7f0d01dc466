/**
 * The communes the atlas matches names against: the territory's (communes-ref.json) and the rest
 * of the département's (communes-departement.json), each fetched once. Apart from the stored
 * problems (`current.ts`), so that the header's search loads no storage or import code.
 */
import { dataUrl } from '$lib/data/static-data';
import type { CommuneRef } from './commune-key';

let communesPromise: Promise<CommuneRef[]> | null = null;

/** The territory's communes for matching (fetches communes-ref.json once). */
export function loadCommuneRefs(): Promise<CommuneRef[]> {
	communesPromise ??= fetch(dataUrl('communes-ref.json')).then(async (res) => {
		if (!res.ok) {
			communesPromise = null; // let a later call retry once the file exists
			throw new Error(
				`La liste des communes (communes-ref.json) est introuvable (${res.status}). Lancez « npm run data » puis rechargez la page.`
			);
		}
		return (await res.json()) as CommuneRef[];
	});
	return communesPromise;
}

let outsidePromise: Promise<CommuneRef[]> | null = null;

/**
 * The département's communes outside the territory (communes-departement.json, fetched once), so
 * that an import says « hors du territoire ». Without the file, the import still works: such a
 * commune is then only « inconnue ».
 */
export function loadOutsideCommunes(): Promise<CommuneRef[]> {
	outsidePromise ??= fetch(dataUrl('communes-departement.json'))
		.then((res) => (res.ok ? (res.json() as Promise<CommuneRef[]>) : []))
		.catch(() => []);
	return outsidePromise;
}
