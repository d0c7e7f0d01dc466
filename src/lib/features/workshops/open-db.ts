/**
 * Opening the workshops database, with every failure turned into a French `StorageError`:
 * IndexedDB missing, a database written by a newer version of the atlas, a store missing from a
 * database that another app or a damaged profile left behind.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoredProblem } from './conflict';
import { checkStoredRecords, type CheckedRecords } from './stored-record';
import {
	errorName,
	indexedDbAvailable,
	STORAGE_UNAVAILABLE,
	StorageError,
	storageErrorMessage
} from './storage-errors';
import type { CustomEntry, TaxonomyKind } from './taxonomy-custom';

/** The database as this version writes it. */
export interface AtlasDB extends DBSchema {
	problems: { key: string; value: StoredProblem };
	taxonomy: { key: [TaxonomyKind, string]; value: CustomEntry };
}

/** The app's database name. */
export const DB_NAME = 'atlas-des-besoins-ateliers';
const DB_VERSION = 1;
/** The object stores this version needs. */
export const STORE_NAMES = ['problems', 'taxonomy'] as const;
/** One of the object stores. */
export type StoreName = (typeof STORE_NAMES)[number];

/** An open database and the stores it lacks (each read as empty, each write refused). */
export interface OpenedDb {
	db: IDBPDatabase<AtlasDB>;
	missing: StoreName[];
}

/** The French notice for missing stores ('' when none). */
export function missingStoresNotice(missing: readonly StoreName[]): string {
	if (!missing.length) return '';
	const what = missing
		.map((s) => (s === 'problems' ? 'les problématiques' : 'les sujets, publics et thèmes ajoutés'))
		.join(' et ');
	return `Le stockage de ce navigateur est incomplet : la partie qui garde ${what} est absente (base créée par une autre application ou endommagée). Ce qui reste est lisible, mais ne peut pas y être enregistré. Pour réparer : exportez vos problématiques (JSON), effacez les données de ce site dans les réglages du navigateur, rechargez la page puis importez la sauvegarde.`;
}

/** The error thrown by a write into a missing store. */
export function missingStoreError(store: StoreName): StorageError {
	return new StorageError(missingStoresNotice([store]), 'NotFoundError');
}

/** Opens (creating on first use) the database; never throws anything but a `StorageError`. */
export async function openAtlasDb(name: string = DB_NAME): Promise<OpenedDb> {
	if (!indexedDbAvailable()) throw new StorageError(STORAGE_UNAVAILABLE, 'unavailable');
	try {
		const db = await openDB<AtlasDB>(name, DB_VERSION, {
			upgrade(database) {
				for (const store of STORE_NAMES)
					if (!database.objectStoreNames.contains(store))
						database.createObjectStore(
							store,
							store === 'problems' ? { keyPath: 'id' } : { keyPath: ['kind', 'id'] }
						);
			}
		});
		const missing = STORE_NAMES.filter((s) => !db.objectStoreNames.contains(s));
		return { db, missing };
	} catch (e) {
		throw new StorageError(storageErrorMessage(e, 'open'), errorNameOf(e));
	}
}

/** Runs a write; any failure becomes a French `StorageError` (nothing half-written is kept). */
export async function guardWrite<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (e) {
		throw new StorageError(storageErrorMessage(e, 'write'), errorNameOf(e));
	}
}

/** The error name of a DOMException (or '' for anything else). */
export function errorNameOf(e: unknown): string {
	return e instanceof StorageError ? e.reason : errorName(e);
}

/** The open database. */
export type Db = IDBPDatabase<AtlasDB>;
/** A readwrite transaction on the problems store. */
export type ProblemsTx = ReturnType<typeof problemsTx>;
/** Opens a readwrite transaction on the problems store. */
export const problemsTx = (db: Db) => db.transaction('problems', 'readwrite');

/** Every record of the problems store, checked (read inside `tx` when given). */
export async function readChecked(db: Db, tx?: ProblemsTx): Promise<CheckedRecords> {
	const store = tx?.store ?? db.transaction('problems').store;
	const [raws, keys] = await Promise.all([store.getAll(), store.getAllKeys()]);
	return checkStoredRecords(raws, keys);
}
