/**
 * Two tabs of one browser on /ateliers: a save in one tab while the other edits the same problem
 * is a visible conflict (nothing is overwritten without a word); re-adding a deleted problem
 * brings it back without a false « another tab » message.
 */
import type { Page } from '@playwright/test';
import { expect, outsideRequests, test } from './fixtures';
import { openAteliers } from './ateliers-helpers';
import { GOOD, seed } from './store-helpers';

const problems = (page: Page) => page.getByTestId('problem');
const saveButton = (page: Page) => page.getByRole('button', { name: /^Enregistrer/ });

test('editing one problem in two tabs: the second save is a visible conflict, then a choice', async ({
	page,
	context,
	watch
}) => {
	await page.goto('/sources/');
	await page.evaluate(seed, { version: 1, stores: ['problems', 'taxonomy'], records: [GOOD] });
	const other = await context.newPage();
	await openAteliers(page);
	await openAteliers(other);
	for (const tab of [page, other])
		await tab.getByRole('button', { name: 'Modifier : Pas de bus le soir' }).click();

	await page.locator('#description').fill('Pas de bus le soir (onglet 1)');
	await saveButton(page).click();
	await expect(problems(other)).toContainText('Pas de bus le soir (onglet 1)');

	await other.locator('#description').fill('Pas de bus le soir (onglet 2)');
	await saveButton(other).click();
	await expect(other.locator('#general-errors')).toContainText(
		'Conflit : cette problématique a été modifiée dans un autre onglet depuis que vous avez commencé à la modifier. Votre version n’a pas été enregistrée et reste dans le formulaire ; celle de l’autre onglet est dans la liste (« Pas de bus le soir (onglet 1) », poids 2).'
	);
	await expect(other.locator('#description')).toHaveValue('Pas de bus le soir (onglet 2)');
	await expect(problems(other)).toHaveText(/Pas de bus le soir \(onglet 1\)/);

	// Saving again, knowingly, replaces the other tab's version.
	await saveButton(other).click();
	await expect(problems(other)).toContainText('Pas de bus le soir (onglet 2)');
	await expect(problems(page)).toContainText('Pas de bus le soir (onglet 2)');
	await expect(problems(page)).toHaveCount(1);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('re-adding a problem deleted in another tab brings it back, with no « another tab » message', async ({
	page,
	context,
	watch
}) => {
	const other = await context.newPage();
	await openAteliers(page);
	await openAteliers(other);
	const type = async (tab: Page) => {
		await tab.getByTestId('chips-theme').getByRole('button', { name: 'jeunesse' }).click();
		await tab.locator('#description').fill('Pas de salle pour les jeunes le soir');
		await tab.getByRole('button', { name: 'Tout le territoire' }).click();
		await saveButton(tab).click();
	};
	await type(page);
	await expect(problems(other)).toHaveCount(1);
	await other
		.getByRole('button', { name: 'Supprimer : Pas de salle pour les jeunes le soir' })
		.click();
	await expect(problems(page)).toHaveCount(0);

	await type(page);
	await expect(page.locator('.notice[role="status"]')).toHaveText(
		'Cette problématique avait été supprimée : elle est rétablie avec ce que vous venez de saisir.'
	);
	await expect(page.getByText(/autre onglet/)).toHaveCount(0);
	await expect(problems(page)).toHaveCount(1);
	await expect(problems(other)).toHaveCount(1);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
