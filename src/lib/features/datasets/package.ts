/**
 * A dataset as a file a colleague can import: the stored record itself (data and description),
 * checked on the way in like a record read from storage.
 */
import type { StoredDataset } from './model';
import { checkDataset } from './schema';

/** The package's text and file name. */
export function datasetPackage(ds: StoredDataset): { text: string; fileName: string } {
	// The computed values belong to this atlas's data: the colleague's atlas computes its own.
	const { computed: _computed, ...data } = ds;
	return { text: JSON.stringify(data), fileName: `jeu-de-donnees-${ds.id.slice(2)}.json` };
}

/** Reads a package; a file that is not one says so in French. */
export function readPackage(
	text: string
): { ok: true; dataset: StoredDataset } | { ok: false; message: string } {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, message: 'Ce fichier n’est pas un paquet de l’atlas (JSON illisible).' };
	}
	const format = (json as { format?: unknown } | null)?.format;
	if (format !== 'atlas-jeu-de-donnees')
		return {
			ok: false,
			message:
				'Ce fichier n’est pas un paquet de jeu de données exporté par l’atlas. Pour un fichier de données (CSV, XLSX, GeoJSON), utilisez « Importer un fichier ».'
		};
	const c = checkDataset(json);
	return c.ok
		? c
		: {
				ok: false,
				message: `Ce paquet est endommagé ou incomplet (${c.reason}) : rien n’a été importé.`
			};
}
