/**
 * The forum room (issue 12): a deck built from the pages, edited, exported, imported and presented
 * with the keyboard only; the room slide updating as a problem is saved in another tab.
 */
import { readFileSync } from 'node:fs';
import { expect, outsideRequests, test } from './fixtures';
import { addCommune, openAteliers } from './ateliers-helpers';

test('a deck is built from the pages, reordered, exported, imported and presented with the keyboard', async ({
	page,
	context,
	watch
}) => {
	await page.goto('/concentrations/?theme=jeunesse');
	await page.getByRole('button', { name: /^\+ Diapo/ }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Diapositive 1 ajoutée' })).toBeVisible();
	await page.goto('/sources/');
	await page.getByRole('button', { name: /^\+ Diapo/ }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Diapositive 2 ajoutée' })).toBeVisible();

	await page.goto('/presentation/');
	const slides = page.getByTestId('slide');
	await expect(slides).toHaveCount(2);
	await page.getByRole('button', { name: 'Ajouter « Ce que la salle a dit »' }).click();
	await expect(slides).toHaveCount(3);
	// Sources moves to the top; notes are kept after a reload.
	await page.getByRole('button', { name: 'Monter la diapositive 2' }).click();
	await expect(slides.first()).toContainText('Sources');
	await slides.first().getByLabel('Notes pour l’orateur').fill('Dire d’où viennent les chiffres');
	await slides.first().getByLabel('Notes pour l’orateur').blur();
	await page.reload();
	await expect(slides).toHaveCount(3);
	await expect(slides.first().getByLabel('Notes pour l’orateur')).toHaveValue(
		'Dire d’où viennent les chiffres'
	);

	// Export, then delete a slide, then import the file back in place of the deck.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Exporter la présentation' }).click()
	]);
	const file = readFileSync((await download.path())!, 'utf8');
	const exported = JSON.parse(file) as {
		format: string;
		slides: { kind: string; path?: string }[];
	};
	expect(exported.format).toBe('atlas-presentation');
	expect(exported.slides.map((s) => s.path ?? s.kind)).toEqual([
		'/sources/',
		'/concentrations/',
		'room'
	]);
	await page.getByRole('button', { name: 'Supprimer la diapositive 3' }).click();
	await expect(slides).toHaveCount(2);
	await page.getByLabel('Importer une présentation (.json)').setInputFiles({
		name: 'forum.json',
		mimeType: 'application/json',
		buffer: Buffer.from(file)
	});
	await page.getByRole('button', { name: 'Remplacer les 2 diapositives' }).click();
	await expect(slides).toHaveCount(3);

	// Present: keyboard only.
	await page.getByRole('button', { name: 'Présenter', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/sources\/$/);
	const bar = page.getByRole('toolbar', { name: 'Présentation' });
	await expect(bar).toContainText('1 / 3');
	await expect(page.locator('header.site')).toBeHidden();

	// The presenter view, in a second window: the notes, the next slide; it moves the slides.
	const presenter = await context.newPage();
	await presenter.goto('/presentation/presentateur/');
	await expect(presenter.getByTestId('presenter-notes')).toHaveText(
		'Dire d’où viennent les chiffres'
	);
	await expect(presenter.getByTestId('presenter')).toContainText(
		'2. Où les besoins se concentrent'
	);
	await presenter.getByRole('button', { name: 'Suivante ›' }).click();
	await expect(page).toHaveURL(/\/concentrations\/\?theme=jeunesse$/);
	await expect(bar).toContainText('2 / 3');
	await presenter.close();
	await page.keyboard.press('PageUp');
	await expect(bar).toContainText('1 / 3');
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(/\/concentrations\/\?theme=jeunesse$/);
	await expect(bar).toContainText('2 / 3');
	await page.keyboard.press('Space');
	await expect(page.getByTestId('room-slide')).toBeVisible();
	await page.keyboard.press('PageUp');
	await expect(page.getByTestId('room-slide')).toBeHidden();
	await expect(bar).toContainText('2 / 3');
	await page.keyboard.press('Escape');
	await expect(bar).toBeHidden();
	await expect(page).toHaveURL(/\/presentation\/$/);

	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('the room slide counts a problem saved in another tab, with no reload', async ({
	page,
	context,
	watch
}) => {
	await page.goto('/presentation/');
	await page.getByRole('button', { name: 'Ajouter « Ce que la salle a dit »' }).click();
	await page.getByRole('button', { name: 'Présenter', exact: true }).click();
	const room = page.getByTestId('room-slide');
	// No problem of the user's own yet: the fictional example is shown, and labelled.
	await expect(room.getByTestId('example-badge')).toBeVisible({ timeout: 30_000 });

	const capture = await context.newPage();
	await openAteliers(capture);
	await capture.getByTestId('chips-theme').getByRole('button', { name: 'jeunesse' }).click();
	await capture.locator('#description').fill('Pas de bus le samedi pour le lycée');
	await addCommune(capture, 'Alès');
	await capture.keyboard.press('Control+Enter');
	await expect(capture.getByTestId('problem-count')).toContainText('1 problématique');

	// The projector's slide: the one problem, in « Jeunesse », latest first; no example any more.
	await expect(room).toHaveAttribute('data-total', '1', { timeout: 5_000 });
	await expect(room.getByTestId('room-themes')).toContainText(/jeunesse\s*1/i);
	await expect(room.getByTestId('room-latest')).toContainText('Pas de bus le samedi pour le lycée');
	await expect(room.getByTestId('example-badge')).toHaveCount(0);
	await room.getByRole('button', { name: 'Masquer' }).click();
	await expect(room.getByTestId('room-latest')).toHaveCount(0);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
