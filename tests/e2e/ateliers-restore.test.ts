/**
 * Deleted problems come back: from « Problématiques supprimées » in one click, and by importing a
 * backup (the atlas' own CSV export) made before the deletion; a reload proves both were stored.
 */
import { readFile } from 'node:fs/promises';
import { expect, outsideRequests, test } from './fixtures';
import { openAteliers } from './ateliers-helpers';
import { GOOD, seed } from './store-helpers';

/** Kept visible throughout (an empty store would show the fictional example instead). */
const SALLE = { ...GOOD, id: 'p-salle', description: 'Pas de salle pour les associations' };
const CRECHE = {
	...GOOD,
	id: 'p-creche',
	description: 'Pas de crèche le samedi',
	theme: 'petite_enfance'
};

test('a deleted problem is restored from the deleted-problems screen and from a backup', async ({
	page,
	watch
}) => {
	await page.goto('/sources/');
	await page.evaluate(seed, {
		version: 1,
		stores: ['problems', 'taxonomy'],
		records: [GOOD, CRECHE, SALLE]
	});
	await openAteliers(page);
	const list = page.getByTestId('problem');
	await expect(list).toHaveCount(3);

	// The backup: the CSV export, made while both problems are visible.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'CSV pour Excel' }).click();
	const saved = await download;
	const backup = {
		name: saved.suggestedFilename(),
		mimeType: 'text/csv',
		buffer: await readFile(await saved.path())
	};

	await page.getByRole('button', { name: 'Supprimer : Pas de bus le soir' }).click();
	await page.getByRole('button', { name: 'Supprimer : Pas de crèche le samedi' }).click();
	await expect(list).toHaveCount(1);
	const trash = page.getByTestId('deleted-problems');
	await trash.locator('summary').click();
	await expect(trash.locator('summary')).toHaveText('Problématiques supprimées (2)');
	await expect(trash).toContainText('reste ici 7 jours');
	// Latest deleted first; each says until when it can be restored.
	await expect(trash.getByTestId('deleted-problem').first()).toContainText(
		'Pas de crèche le samedi'
	);
	await expect(trash.getByTestId('deleted-problem').first()).toContainText(
		/restaurable jusqu’au \d{1,2} \S+ \d{4}/
	);

	// One click restores the crèche problem; the undo bar of the last deletion goes with it.
	await trash.getByRole('button', { name: 'Restaurer : Pas de crèche le samedi' }).click();
	await expect(list).toHaveCount(2);
	await expect(list.filter({ hasText: 'Pas de crèche le samedi' })).toHaveCount(1);
	await expect(trash.locator('summary')).toHaveText('Problématiques supprimées (1)');
	await expect(page.getByRole('button', { name: 'Annuler' })).toHaveCount(0);

	// The backup holds « Pas de bus le soir », deleted since: the review shows it before anything is stored.
	await page.locator('#import-file').setInputFiles(backup);
	const review = page.getByTestId('import-restorable');
	await expect(review).toContainText(
		'Ce fichier contient 1 problématique que vous avez supprimée depuis'
	);
	await expect(review.locator('li')).toHaveText(['Pas de bus le soir']);
	// One problem: « La restaurer », agreed with it.
	await expect(
		review.getByRole('checkbox', {
			name: 'La restaurer (sinon elle reste dans « Problématiques supprimées »)'
		})
	).toBeChecked();
	await expect(list).toHaveCount(2);
	await page
		.getByTestId('import-report')
		.getByRole('button', { name: 'Importer', exact: true })
		.click();
	// 3 rows: the crèche and salle problems are visible and identical, the bus problem comes back.
	await expect(page.getByTestId('import-summary')).toContainText(
		'0 ajoutée, 2 déjà présentes à l’identique'
	);
	await expect(page.getByTestId('import-restored')).toHaveText(
		'1 problématique supprimée depuis la sauvegarde a été restaurée.'
	);
	await expect(list).toHaveCount(3);
	await expect(trash.locator('summary')).toHaveText('Problématiques supprimées (0)');

	await openAteliers(page);
	await expect(list).toHaveCount(3);
	await expect(page.getByTestId('deleted-problems').locator('summary')).toHaveText(
		'Problématiques supprimées (0)'
	);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a deleted problem purged meanwhile (by another tab) cannot be restored, and the page says so', async ({
	page,
	watch
}) => {
	await page.goto('/sources/');
	await page.evaluate(seed, {
		version: 1,
		stores: ['problems', 'taxonomy'],
		records: [SALLE, { ...CRECHE, revision: 2, deletedAt: new Date().toISOString() }]
	});
	await openAteliers(page);
	const trash = page.getByTestId('deleted-problems');
	await trash.locator('summary').click();
	await expect(trash.getByTestId('deleted-problem')).toHaveCount(1);
	// Another tab's housekeeping erases it for good, after this page listed it.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('atlas-des-besoins-ateliers');
				open.onsuccess = () => {
					const tx = open.result.transaction('problems', 'readwrite');
					tx.objectStore('problems').delete('p-creche');
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			})
	);
	await trash.getByRole('button', { name: 'Restaurer : Pas de crèche le samedi' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'effacée définitivement' })).toContainText(
		'Elle ne peut plus être rétablie ici ; si vous en avez une sauvegarde (export JSON ou CSV), importez-la.'
	);
	await expect(trash.getByTestId('deleted-problem')).toHaveCount(0);
	await expect(page.getByTestId('problem')).toHaveCount(1);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
