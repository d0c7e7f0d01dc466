/**
 * Problems stored by an earlier version carry the old workshop theme id
 * (petite_enfance_enfance): the store makes it current when it opens, once, and says so.
 */
import { expect, outsideRequests, test } from './fixtures';
import { openAteliers } from './ateliers-helpers';

/** What the earlier version stored: a problem with the old theme id, at revision 1. */
const OLD_RECORD = {
	id: 'p-c57fa22640ddd680',
	forum: { date: '2025-03-13', lieu: 'Alès', numero: 1 },
	theme: 'petite_enfance_enfance',
	subjects: ['garde_enfants'],
	publics: [],
	communes: ['30007'],
	wholeTerritory: false,
	description: 'Places en crèche insuffisantes',
	weight: 9,
	raisedBy: 'service',
	status: 'retenue',
	createdAt: '2025-03-13T10:00:00.000Z',
	updatedAt: '2025-03-13T10:00:00.000Z',
	example: false,
	revision: 1,
	deletedAt: null
};

/**
 * Runs in the page: puts a record as the earlier version did (its database, version 1), or gets
 * it back from the database as it is now (the atlas has since raised its version).
 */
function inStore(record: object | null): Promise<unknown> {
	return new Promise((resolve, reject) => {
		const open = record
			? indexedDB.open('atlas-des-besoins-ateliers', 1)
			: indexedDB.open('atlas-des-besoins-ateliers');
		open.onupgradeneeded = () => {
			open.result.createObjectStore('problems', { keyPath: 'id' });
			open.result.createObjectStore('taxonomy', { keyPath: ['kind', 'id'] });
		};
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const tx = open.result.transaction('problems', 'readwrite');
			const request = record
				? tx.objectStore('problems').put(record)
				: tx.objectStore('problems').get('p-c57fa22640ddd680');
			tx.oncomplete = () => (open.result.close(), resolve(request.result));
			tx.onerror = () => reject(tx.error);
		};
	});
}

test('an old theme id in the browser store is updated once, with a French notice', async ({
	page,
	watch
}) => {
	await page.goto('/sources/');
	await page.evaluate(inStore, OLD_RECORD);
	await openAteliers(page);
	const notice = page.locator('.notice[role="status"]');
	await expect(notice).toHaveText(
		'1 problématique portait un ancien identifiant de thème ; il a été mis à jour (« petite_enfance_enfance » → « petite_enfance »). Le thème reste le même et rien d’autre n’a été modifié.'
	);
	const item = page.getByTestId('problem');
	await expect(item).toHaveCount(1);
	await expect(item).toContainText('petite enfance et enfance');
	expect(await page.evaluate(inStore, null)).toEqual({
		...OLD_RECORD,
		theme: 'petite_enfance',
		revision: 2
	});

	await page.reload();
	await expect(page.locator('main[data-state="ready"]')).toBeVisible();
	await expect(item).toHaveCount(1);
	await expect(notice).toHaveCount(0);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
