/**
 * Browser storage failures in plain French, each saying what to do. The browser's own text
 * (often English, always technical) is never shown alone: at most in brackets after ours.
 */

/** Name of a DOMException-like error ('' when there is none). */
export function errorName(e: unknown): string {
	return typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
}

/** What was being done when the error happened, for the message. */
export type StorageAction = 'open' | 'write' | 'read';

/** An error whose message is already French and complete: shown as is. */
export class StorageError extends Error {
	constructor(
		message: string,
		/** The browser's error name (QuotaExceededError, VersionError…), '' when none. */
		readonly reason: string = ''
	) {
		super(message);
		this.name = 'StorageError';
	}
}

const UNAVAILABLE =
	'Le stockage du navigateur (IndexedDB) n’est pas disponible : la navigation privée ou un réglage du navigateur le bloque peut-être. Ouvrez l’atlas dans une fenêtre normale, ou autorisez les données de site pour cette adresse, puis rechargez la page.';

/** The French message for a storage error raised while doing `action`. */
export function storageErrorMessage(e: unknown, action: StorageAction): string {
	if (e instanceof StorageError) return e.message;
	const name = errorName(e);
	switch (name) {
		case 'VersionError':
			return 'Les problématiques de ce navigateur ont été enregistrées par une version plus récente de l’atlas. Ouvrez cette version plus récente (rechargez la page ; si l’atlas est installé hors ligne, fermez tous ses onglets puis rouvrez-le). Rien n’a été modifié ni effacé.';
		case 'NotFoundError':
			return 'Le stockage des problématiques de ce navigateur est incomplet (une partie de la base est absente). Rechargez la page ; si le message revient, exportez vos problématiques et signalez le problème. Rien n’a été effacé.';
		case 'QuotaExceededError':
			return 'Le disque est plein (ou la place accordée à ce site est épuisée) : rien n’a été enregistré, et rien de ce qui était déjà enregistré n’est perdu. Libérez de la place sur l’ordinateur (ou dans les données de sites du navigateur), puis recommencez : ce que vous veniez de saisir reste dans le formulaire, et un fichier à importer peut l’être de nouveau.';
		case 'InvalidStateError':
		case 'SecurityError':
		case 'UnknownError':
			if (action === 'open') return UNAVAILABLE;
			// A closed connection (site data cleared, the database deleted by another page): what
			// was stored may be gone; the page still shows it, and can export it.
			return name === 'InvalidStateError'
				? 'Le stockage du navigateur est fermé, peut-être effacé (données du site effacées, ou une autre page) : l’opération n’a pas abouti. Exportez les problématiques affichées (« Exporter », JSON) avant de recharger la page, puis importez ce fichier si elles n’y sont plus.'
				: 'Le stockage du navigateur a refusé l’opération : elle n’a pas abouti. Par précaution, exportez les problématiques affichées (« Exporter », JSON), puis rechargez la page et recommencez.';
	}
	const detail = e instanceof Error && e.message ? ` (détail technique : ${e.message})` : '';
	const what = {
		open: 'Impossible d’ouvrir le stockage des problématiques',
		write: 'Impossible d’enregistrer dans le stockage des problématiques',
		read: 'Impossible de lire le stockage des problématiques'
	}[action];
	return `${what} de ce navigateur. Rechargez la page puis recommencez ; si le problème persiste, exportez vos problématiques.${detail}`;
}

/** True when IndexedDB exists in this browser at all. */
export function indexedDbAvailable(): boolean {
	return typeof indexedDB !== 'undefined' && indexedDB !== null;
}

/** The message for a browser without IndexedDB. */
export const STORAGE_UNAVAILABLE = UNAVAILABLE;

/** The message when a write comes before the store is open. */
export const STORE_NOT_OPEN = 'Le stockage du navigateur n’est pas ouvert : rechargez la page.';

/** The message for a failure while opening /ateliers: ours as is, a browser's translated. */
export function openErrorMessage(e: unknown): string {
	const domError = typeof DOMException !== 'undefined' && e instanceof DOMException;
	return e instanceof Error && !domError ? e.message : storageErrorMessage(e, 'open');
}

/** Runs a write on `store`; its value, or the French message when it could not be done. */
export async function attemptWrite<S, T>(
	store: S | null,
	run: (store: S) => Promise<T>
): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
	if (!store)
		return {
			ok: false,
			message: 'Le stockage du navigateur n’est pas ouvert : rechargez la page.'
		};
	try {
		return { ok: true, value: await run(store) };
	} catch (e) {
		return { ok: false, message: storageErrorMessage(e, 'write') };
	}
}
