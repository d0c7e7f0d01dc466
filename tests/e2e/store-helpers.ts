/** Browser-store helpers for the /ateliers tests: a valid record, and seeding IndexedDB. */
import { makeProblem } from '../fixtures/workshops/problem';

/** A record as the atlas stores it: jeunesse, mobilité, Alès (30007), weight 2, revision 1. */
export const GOOD = {
	...makeProblem('p-bon', { description: 'Pas de bus le soir', weight: 2 }),
	revision: 1,
	deletedAt: null
};

/** Runs in the page: creates the database (with the given stores) at `version`, puts records. */
export function seed(args: {
	version: number;
	stores: string[];
	records: object[];
}): Promise<void> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open('atlas-des-besoins-ateliers', args.version);
		open.onupgradeneeded = () => {
			for (const store of args.stores)
				open.result.createObjectStore(
					store,
					store === 'problems' ? { keyPath: 'id' } : { keyPath: ['kind', 'id'] }
				);
		};
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const tx = open.result.transaction('problems', 'readwrite');
			for (const r of args.records) tx.objectStore('problems').put(r);
			tx.oncomplete = () => (open.result.close(), resolve());
			tx.onerror = () => reject(tx.error);
		};
	});
}
