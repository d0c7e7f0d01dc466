/**
 * The kept copy of the engine's problem tables (`engine-copy.ts`): the map counts from it and
 * the journal of what the atlas wrote since (`journal.ts`), and never from an out-of-date one.
 * Records (weights counted by hand): GOOD, Alès (30007), weight 2; « p-deux », Alès, weight 3; « p-trois », Alès, weight 4, put later by
 * hand into the store (not through the atlas). All « nouvelle », none « écartée ».
 */
import type { Page } from '@playwright/test';
import { makeProblem } from '../fixtures/workshops/problem';
import { chooseCsv, CSV_HEADER, openAteliers } from './ateliers-helpers';
import { expect, outsideRequests, test } from './fixtures';
import { GOOD, seed } from './store-helpers';

const stored = (id: string, weight: number) => ({
	...makeProblem(id, { description: `Problème ${id}`, weight }),
	revision: 1,
	deletedAt: null
});

/** Runs in the page: whether the store holds a kept copy of the tables. */
function keptCopy(): Promise<boolean> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open('atlas-des-besoins-ateliers');
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const get = open.result.transaction('derived').objectStore('derived').get('engine-tables');
			get.onsuccess = () => (open.result.close(), resolve(get.result !== undefined));
			get.onerror = () => reject(get.error);
		};
	});
}

/** Runs in the page: the ids of the kept copy's journal (null when there is none). */
function journalIds(): Promise<string[] | null> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open('atlas-des-besoins-ateliers');
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const get = open.result
				.transaction('derived')
				.objectStore('derived')
				.get('engine-tables-journal');
			get.onsuccess = () => (open.result.close(), resolve(get.result?.ids ?? null));
			get.onerror = () => reject(get.error);
		};
	});
}

/** Alès's counted weight once the map has counted, and whether the kept copy served. */
async function countedOnMap(page: Page) {
	// The counts come before MapLibre when the link asks for the problems: no need to wait for
	// the map (about 2 s of software WebGL per opening, seven openings in the first test).
	await page.goto('/?commune=30007&problemes=1');
	await expect(page.getByTestId('problems-counts')).toBeVisible();
	return page.evaluate(() => {
		type A = { problems: { byCommune: Record<string, { weight: number }> } };
		return {
			weight: (window as unknown as { atlas: A }).atlas.problems.byCommune['30007']?.weight,
			fromCopy: performance.getEntriesByName('problems:kept-copy').length === 1
		};
	});
}

/**
 * From /sources, a database of the previous version (1) holding `records`; the map opened once
 * reads it all (Alès counts `weight`) and leaves a copy, which the store then holds.
 */
async function storeWithCopy(page: Page, records: object[], weight: number) {
	await page.goto('/sources/');
	await page.evaluate(seed, { version: 1, stores: ['problems', 'taxonomy'], records });
	expect(await countedOnMap(page)).toEqual({ weight, fromCopy: false });
	await expect.poll(() => page.evaluate(keptCopy)).toBe(true);
}

test('the map counts from the kept copy only while the store is unchanged', async ({
	page,
	watch
}) => {
	test.slow(); // seven openings of the map page
	// Opening a database of version 1 adds the copy's store, records kept. The reading left a
	// copy (kept by the worker after the tables): the next opening counts from it, the same.
	await storeWithCopy(page, [GOOD, stored('p-deux', 3)], 5);
	expect(await countedOnMap(page)).toEqual({ weight: 5, fromCopy: true });

	// A deletion through the atlas (the number of records stays 2): the copy stays, and the
	// deletion goes to its journal in the same transaction (`journal.ts`).
	await openAteliers(page);
	await page.getByRole('button', { name: 'Supprimer : Pas de bus le soir' }).click();
	await expect(page.getByTestId('problem')).toHaveCount(1);
	expect(await page.evaluate(keptCopy)).toBe(true);
	expect(await page.evaluate(journalIds)).toEqual([GOOD.id]);
	// The map counts from the copy at once, the deletion included (a stale copy would give 5).
	expect(await countedOnMap(page)).toEqual({ weight: 3, fromCopy: true });

	// A weight changed on /ateliers (3 → 6): counted from the copy and its journal.
	await openAteliers(page);
	await page.getByRole('button', { name: 'Modifier : Problème p-deux' }).click();
	await page.locator('#weight').fill('6');
	await page.getByRole('button', { name: /^Enregistrer/ }).click();
	await expect(page.getByTestId('problem')).toContainText('poids 6');
	expect(await countedOnMap(page)).toEqual({ weight: 6, fromCopy: true });

	// A record put into the store by something else than the atlas: the count tells.
	await page.evaluate(seed, { version: 2, stores: [], records: [stored('p-trois', 4)] });
	expect(await countedOnMap(page)).toEqual({ weight: 10, fromCopy: false });

	// A damaged copy is not used: the store is read again.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('atlas-des-besoins-ateliers');
				open.onsuccess = () => {
					const tx = open.result.transaction('derived', 'readwrite');
					tx.objectStore('derived').put({ generation: 'abîmé' }, 'engine-tables');
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			})
	);
	expect(await countedOnMap(page)).toEqual({ weight: 10, fromCopy: false });
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('two tabs writing one after the other: whichever keeps the copy, the map counts what is stored', async ({
	page,
	context,
	watch
}) => {
	test.slow(); // two tabs, then the map
	await page.goto('/sources/');
	// Weights counted by hand, all in Alès (30007): 2 + 3 + 4 = 9.
	await page.evaluate(seed, {
		version: 1,
		stores: ['problems', 'taxonomy'],
		records: [GOOD, stored('p-deux', 3), stored('p-trois', 4)]
	});
	const other = await context.newPage();
	await openAteliers(page);
	await openAteliers(other);
	// Tab 1 deletes GOOD (weight 2); while its copy may be being made, tab 2 deletes p-deux (3).
	await page.getByRole('button', { name: 'Supprimer : Pas de bus le soir' }).click();
	await expect(page.getByTestId('problem')).toHaveCount(2);
	await other.getByRole('button', { name: 'Supprimer : Problème p-deux' }).click();
	await expect(other.getByTestId('problem')).toHaveCount(1);
	// Tab 2 made the last write: it keeps a copy once its writes pause.
	await expect
		.poll(() => other.evaluate(() => performance.getEntriesByName('problems:copy-kept').length))
		.toBe(1);
	await other.close();
	// Whichever tab's copy is kept, the map counts what is stored: p-trois alone, weight 4.
	expect(await countedOnMap(page)).toEqual({ weight: 4, fromCopy: true });
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('an import keeps a new copy, and the map counts the imported problem from it', async ({
	page,
	watch
}) => {
	await page.goto('/sources/');
	await page.evaluate(seed, { version: 1, stores: ['problems', 'taxonomy'], records: [GOOD] });
	await openAteliers(page);
	// One problem in Alès, weight 5: Alès then counts 2 (GOOD) + 5 = 7, by hand.
	await chooseCsv(page, 'forum-1.csv', [
		CSV_HEADER,
		'13/03/2025;Alès;1;jeunesse;mobilité;;Alès;Pas de bus le dimanche;5'
	]);
	const report = page.getByTestId('import-report');
	await report.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(page.getByTestId('problem')).toHaveCount(2);
	await expect
		.poll(() => page.evaluate(() => performance.getEntriesByName('problems:copy-kept').length))
		.toBe(1);
	expect(await countedOnMap(page)).toEqual({ weight: 7, fromCopy: true });
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a full disk: the kept copy gives its room back, and the problem is saved', async ({
	page,
	watch
}) => {
	await storeWithCopy(page, [GOOD], 2);
	// The disk is full until the copy is deleted: every write of a problem is refused before.
	await page.addInitScript(() => {
		const w = window as unknown as { copyDropped?: boolean };
		const put = IDBObjectStore.prototype.put;
		const remove = IDBObjectStore.prototype.delete;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if (this.name === 'problems' && !w.copyDropped)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
		IDBObjectStore.prototype.delete = function (...args: Parameters<typeof remove>) {
			if (args[0] === 'engine-tables') w.copyDropped = true;
			return remove.apply(this, args);
		};
	});
	await openAteliers(page);
	await page.getByTestId('chips-theme').getByRole('button', { name: 'jeunesse' }).click();
	await page.locator('#description').fill('Pas de salle pour les jeunes le soir');
	await page.getByRole('button', { name: 'Tout le territoire' }).click();
	await page.getByRole('button', { name: /^Enregistrer/ }).click();
	await expect(page.getByTestId('problem')).toHaveCount(2);
	await expect(page.getByText(/^Le disque est plein/)).toHaveCount(0);
	expect(await page.evaluate(keptCopy)).toBe(false);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('every problem deleted since the copy: the map counts none, not the copy’s', async ({
	page,
	watch
}) => {
	await storeWithCopy(page, [GOOD, stored('p-deux', 3)], 5);
	// The user chose an empty list over the example (« exemple fictif »).
	await page.evaluate(() => localStorage.setItem('atlas-exemple-fictif-masque', '1'));
	await openAteliers(page);
	for (const name of ['Pas de bus le soir', 'Problème p-deux'])
		await page.getByRole('button', { name: `Supprimer : ${name}` }).click();
	await expect(page.getByTestId('problem')).toHaveCount(0);
	expect(await page.evaluate(journalIds)).toEqual([GOOD.id, 'p-deux']);
	// Counted from the copy and its journal: nothing left in Alès (the copy alone gives 5).
	expect(await countedOnMap(page)).toEqual({ weight: 0, fromCopy: true });
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a record damaged in place: once the store is read in full, the copy is dropped and the map says it', async ({
	page,
	watch
}) => {
	test.slow(); // the map three times and /ateliers
	await storeWithCopy(page, [GOOD, stored('p-deux', 3)], 5);
	// « p-deux » rewritten unreadable by something else than the atlas: the number of records
	// stays 2, all the copy can check.
	await page.evaluate(seed, {
		version: 2,
		stores: [],
		records: [{ ...stored('p-deux', 3), weight: 'abc' }]
	});
	// /ateliers reads the store in full: it sets the record aside, and drops the copy.
	await openAteliers(page);
	await expect(page.getByTestId('problem')).toHaveCount(1);
	expect(await page.evaluate(keptCopy)).toBe(false);
	// The map reads the store again: Alès counts GOOD alone (2), and says one record is set aside.
	expect(await countedOnMap(page)).toEqual({ weight: 2, fromCopy: false });
	await expect(page.getByTestId('store-notice')).toContainText('illisible');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
