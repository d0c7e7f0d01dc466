/**
 * /ateliers in Debian's Chromium against the built site: keyboard capture, storage across a
 * reload, the fictional example, inert descriptions, edit, undo and accessibility (imports:
 * ateliers-import.test.ts).
 * Every test starts from an empty browser profile (a fresh IndexedDB).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
	expect,
	followLink,
	leaveRefused,
	outsideRequests,
	test,
	sharedPage,
	TOUCH_PHONE
} from './fixtures';

import { addCommune, openAteliers, tabTo } from './ateliers-helpers';

const list = (page: Page) => page.getByTestId('problem');

test('three problems typed with the keyboard only are listed and survive a reload', async ({
	page,
	watch
}) => {
	await openAteliers(page);
	await page.locator('#forum-lieu').focus();
	await page.keyboard.type('Anduze');
	await page.keyboard.press('Tab');
	await page.keyboard.type('2');

	// 1: jeunesse, mobilité, jeunes, two communes picked in the autocomplete.
	await tabTo(page, /^ jeunesse$/);
	await page.keyboard.press('Space');
	await tabTo(page, /^description/);
	await page.keyboard.type('Pas de bus le soir pour rejoindre les formations');
	await tabTo(page, /^ mobilité$/);
	await page.keyboard.press('Space');
	await tabTo(page, /^ jeunes 16–25 ans$/);
	await page.keyboard.press('Space');
	await addCommune(page, 'st christol lez ales');
	await addCommune(page, 'Anduz');
	await expect(page.getByRole('list', { name: 'Communes choisies' })).toHaveText(
		/Saint-Christol-lez-Alès.*Anduze/s
	);
	await page.keyboard.press('Control+Enter');
	await expect(page.locator('#description')).toBeFocused();
	await expect(
		page.getByRole('status').filter({ hasText: 'Problématique enregistrée' })
	).toBeVisible();

	// 2: the forum and theme stayed; whole territory.
	await page.keyboard.type('Manque de places en foyer de jeunes travailleurs');
	await tabTo(page, /^ logement$/);
	await page.keyboard.press('Space');
	await tabTo(page, /Tout le territoire/);
	await page.keyboard.press('Space');
	await page.keyboard.press('Control+Enter');
	await expect(page.locator('#description')).toBeFocused();

	// 3: back to the theme chips with Shift+Tab, another theme, a commune reached with ↓.
	await tabTo(page, /^ vie associative$/, true);
	await page.keyboard.press('Space');
	await tabTo(page, /^description/);
	await page.keyboard.type('Les bénévoles manquent de salles pour se réunir');
	// « Alès », ↓, Entrée: Alès, the first option (it chose the second, Brouzet-lès-Alès, when the
	// first was already marked); Retour arrière then takes it back.
	const chosen = page.getByRole('list', { name: 'Communes choisies' }).getByRole('listitem');
	await addCommune(page, 'Alès', 1);
	await expect(chosen).toHaveText(['Alès ×']);
	await page.keyboard.press('Backspace');
	await expect(chosen).toHaveCount(0);
	// A name found nowhere: said, and Entrée takes nothing (nor saves the form).
	await page.keyboard.type('zzzz');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('picker-none')).toHaveText(
		'Aucune commune du territoire ne correspond\u00a0: vérifiez le nom, ou choisissez «\u00a0Tout le territoire\u00a0».'
	);
	await expect(chosen).toHaveCount(0);
	// Nor does Ctrl+Entrée save the problem without it, as if it were added.
	await page.keyboard.press('Control+Enter');
	await expect(page.locator('#communes-errors')).toContainText(
		'«\u00a0zzzz\u00a0» n’est pas ajoutée\u00a0: choisissez-la dans la liste (↓ puis Entrée), ou effacez-la.'
	);
	await expect(page.getByTestId('problem-count')).toContainText('2 problématiques');
	await expect(page.locator('#commune-input')).toBeFocused();
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Backspace');
	await expect(page.getByTestId('picker-none')).toHaveCount(0);
	// « saint jean » finds five communes: Entrée alone takes none, and says how to choose.
	await page.keyboard.type('saint jean');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('picker-choose')).toHaveText(
		'Plusieurs communes correspondent\u00a0: choisissez-en une avec ↓ puis Entrée, ou d’un clic.'
	);
	await expect(chosen).toHaveCount(0);
	// ↓ ↓ then Entrée: the second one (Saint-Jean-de-Ceyrargues, then Saint-Jean-de-Serres).
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(chosen).toHaveText(['Saint-Jean-de-Serres ×']);
	// Named again: said to be chosen already, and nothing else is added in its place.
	await page.keyboard.type('saint jean de serres');
	await page.keyboard.press('Enter');
	// (The only commune found is that one: no list, the line in its place says it.)
	await expect(page.getByTestId('picker-none')).toHaveText(
		'Saint-Jean-de-Serres est déjà choisie.'
	);
	await expect(page.getByRole('status').filter({ hasText: 'déjà choisie' })).toHaveCount(1);
	await expect(chosen).toHaveText(['Saint-Jean-de-Serres ×']);
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Backspace');
	await tabTo(page, /^weight/);
	await page.keyboard.press('Control+A');
	await page.keyboard.type('4');
	await page.keyboard.press('Control+Enter');

	await expect(page.getByTestId('problem-count')).toContainText('3 problématiques');
	await expect(page.getByTestId('example-banner')).toHaveCount(0);
	await page.reload();
	await expect(page.locator('main[data-state="ready"]')).toBeVisible();
	await expect(list(page)).toHaveCount(3);
	await expect(list(page).first()).toContainText('Les bénévoles manquent de salles');
	await expect(list(page).first()).toContainText('poids 4');
	await expect(list(page).nth(1)).toContainText('tout le territoire');
	await expect(list(page).nth(2)).toContainText('Saint-Christol-lez-Alès, Anduze');
	await expect(list(page).nth(2)).toContainText('Forum n° 2');

	// On the map: the commune panel of Saint-Christol-lez-Alès (30243) lists problem 1, the
	// whole-territory one is counted apart, and nothing is labelled « exemple fictif ».
	await page.goto('/?commune=30243&problemes=1');
	const panelProblems = page.getByTestId('commune-problems');
	await expect(panelProblems).toContainText('Problématiques des ateliers (1)', { timeout: 30_000 });
	await expect(panelProblems).toContainText('Pas de bus le soir pour rejoindre les formations');
	await expect(panelProblems).not.toContainText('exemple fictif');
	const controls = page.getByTestId('problems-controls');
	await expect(controls.getByTestId('problems-counts')).toContainText(
		'1 pour « tout le territoire »'
	);
	await expect(controls.getByTestId('example-badge')).toHaveCount(0);
	// Circles: problem 1 (weight 1) in Saint-Christol-lez-Alès and Anduze, problem 3 (weight 4)
	// in one « saint jean » commune; the whole-territory problem has no circle → 3 circles, 1 + 1 + 4.
	const circles = () =>
		page.evaluate(() => {
			type F = { code: string; weight: number };
			type M = { sourceFeatures(s: string): F[] };
			const map = (window as unknown as { __atlasMap: M }).__atlasMap;
			const byCode = new Map(map.sourceFeatures('problems').map((f) => [f.code, f.weight]));
			return [...byCode.values()].sort().join(' ');
		});
	await expect.poll(circles).toBe('1 1 4');
	await page.reload();
	await expect(panelProblems).toContainText('Pas de bus le soir pour rejoindre les formations', {
		timeout: 30_000
	});
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test.describe('one page load, empty store: validation errors, accessibility, then the fictional example goes', () => {
	const shared = sharedPage();

	test.beforeAll(async () => {
		const { page } = shared;
		// Three checks on one load (each was a test with its own load); nothing is saved before the
		// last one, so the store is empty until then, as in each of them.
		await openAteliers(page);
	});

	test('validation errors show next to the fields and nothing typed is lost', async () => {
		const { page } = shared;
		await page.locator('#description').fill('Horaires de la crèche trop courts');
		await page.locator('#description').press('Control+Enter');
		await expect(page.locator('#theme-errors')).toContainText('Choisissez le thème de l’atelier');
		await expect(page.locator('#communes-errors')).toContainText('au moins une commune');
		await expect(page.locator('#description')).toHaveValue('Horaires de la crèche trop courts');
	});

	test('no serious or critical accessibility violation', async () => {
		const { page } = shared;
		// The description typed above is cleared: its own message shows too.
		await page.locator('#description').fill('');
		await page.locator('#description').press('Control+Enter'); // show the validation messages too
		await expect(page.locator('#description-errors')).toBeVisible();
		const { violations } = await new AxeBuilder({ page }).analyze();
		const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	});

	test('the fictional example is labelled while the store is empty and goes once a problem is saved', async () => {
		const { page, watch } = shared;
		const banner = page.getByTestId('example-banner');
		await expect(banner).toContainText(/exemple fictif/i);
		await expect(banner).toContainText('elles ne viennent pas des forums de l’Agglomération');
		await expect(page.getByTestId('problem-count')).toContainText('40 problématiques');
		await page.locator('#description').fill('Peu de places en accueil de loisirs le mercredi');
		await page.getByRole('button', { name: 'petite enfance et enfance' }).click();
		await page.getByRole('button', { name: 'Tout le territoire' }).click();
		await page.getByRole('button', { name: /Enregistrer et suivant/ }).click();
		await expect(banner).toHaveCount(0);
		await expect(list(page)).toHaveCount(1);
		await expect(list(page)).not.toContainText('exemple fictif');
		expect(watch.errors).toEqual([]);
		expect(outsideRequests(watch.requests)).toEqual([]);
	});
});

test('the form doubts a forum date more than a year ahead, and refuses the year 0001 in words', async ({
	page,
	watch
}) => {
	await openAteliers(page);
	const remark = page.locator('#forum-date-remark');
	await expect(remark).toHaveCount(0);
	// « 2099 » for « 2025 »: a remark under the date, the problem can still be saved.
	await page.locator('#forum-date').fill('2099-03-13');
	await expect(remark).toHaveText(
		'Le 13/03/2099 est à plus d’un an d’aujourd’hui : vérifiez l’année.'
	);
	await page.locator('#description').fill('Pas de bus le dimanche');
	await page.getByRole('button', { name: 'jeunesse' }).click();
	await page.getByRole('button', { name: 'Tout le territoire' }).click();
	await page.locator('#description').press('Control+Enter');
	await expect(list(page)).toHaveCount(1);
	await expect(list(page).first()).toContainText('13/03/2099');
	// A year a browser would read as 1901 is refused, and the message says which part to check.
	await page.locator('#forum-date').fill('0001-01-01');
	await page.locator('#description').fill('Pas de crèche le samedi');
	await page.getByRole('button', { name: 'jeunesse' }).click();
	await page.getByRole('button', { name: 'Tout le territoire' }).click();
	await page.locator('#description').press('Control+Enter');
	await expect(page.locator('#forum-errors')).toHaveText(
		'La date du forum 01/01/0001 n’est pas acceptée (année 0001) : vérifiez l’année.'
	);
	await expect(list(page)).toHaveCount(1);
	expect(watch.errors).toEqual([]);
});

test('markup typed in a description stays inert text', async ({ page, watch }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await openAteliers(page);
	const markup = '<img src=x onerror=alert(1)>';
	await page.locator('#description').fill(markup);
	await page.getByRole('button', { name: 'jeunesse' }).click();
	await page.getByRole('button', { name: 'Tout le territoire' }).click();
	await page.locator('#description').press('Control+Enter');
	await expect(list(page).first().locator('.description')).toHaveText(markup);
	await expect(list(page).locator('img')).toHaveCount(0);
	expect(dialogs).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('undo after a deletion restores the problem', async ({ page }) => {
	await openAteliers(page);
	await page.locator('#description').fill('Pas de médiathèque ouverte le samedi');
	await page.getByRole('button', { name: 'vie associative', exact: true }).click();
	await page.getByRole('button', { name: 'Tout le territoire' }).click();
	await page.locator('#description').press('Control+Enter');
	await expect(list(page)).toHaveCount(1);
	await list(page)
		.getByRole('button', { name: /^Supprimer/ })
		.click();
	await expect(page.getByText('Problématique supprimée —')).toBeVisible();
	await expect(list(page)).toHaveCount(0);
	await page.getByRole('button', { name: 'Annuler', exact: true }).click();
	await expect(list(page)).toHaveCount(1);
	await page.reload();
	await expect(list(page)).toContainText('Pas de médiathèque ouverte le samedi');
});

test('editing a problem changes it in place and the form returns to a new entry', async ({
	page
}) => {
	await openAteliers(page);
	await page.locator('#description').fill('Pas assez de créneaux au centre social');
	await page.getByRole('button', { name: 'petite enfance et enfance' }).click();
	await page.getByRole('button', { name: 'Tout le territoire' }).click();
	await page.locator('#description').press('Control+Enter');
	await list(page)
		.getByRole('button', { name: /^Modifier/ })
		.click();
	await expect(page.getByRole('heading', { name: 'Modifier la problématique' })).toBeVisible();
	await expect(page.locator('#description')).toBeFocused();
	await page.locator('#description').fill('Pas assez de créneaux le samedi au centre social');
	await page.locator('#description').press('Control+Enter');
	await expect(list(page)).toHaveCount(1);
	await expect(list(page)).toContainText('le samedi au centre social');
	await expect(page.getByRole('heading', { name: 'Nouvelle problématique' })).toBeVisible();

	// Unsaved work is never replaced without a word: a new problem typed, then « Modifier ».
	const description = page.locator('#description');
	const ask = page.getByRole('alertdialog');
	await description.fill('Brouillon : pas de relais petite enfance à Lédignan');
	await list(page)
		.getByRole('button', { name: /^Modifier/ })
		.click();
	await expect(ask).toContainText(
		'La nouvelle problématique en cours de saisie n’est pas enregistrée'
	);
	await expect(ask).toContainText('« Pas assez de créneaux le samedi au centre social »');
	await expect(description).toHaveValue('Brouillon : pas de relais petite enfance à Lédignan');
	await ask.getByRole('button', { name: 'Reprendre ma saisie' }).click();
	await expect(ask).toHaveCount(0);
	await expect(description).toBeFocused();
	await expect(description).toHaveValue('Brouillon : pas de relais petite enfance à Lédignan');
	await list(page)
		.getByRole('button', { name: /^Modifier/ })
		.click();
	await ask.getByRole('button', { name: 'Abandonner ma saisie et modifier l’autre' }).click();
	await expect(page.getByRole('heading', { name: 'Modifier la problématique' })).toBeVisible();
	await expect(description).toHaveValue('Pas assez de créneaux le samedi au centre social');

	// A change to the problem being edited: « Modifier » on that same problem keeps it.
	await description.fill('Pas assez de créneaux le samedi ni le mercredi au centre social');
	await list(page)
		.getByRole('button', { name: /^Modifier/ })
		.click();
	await expect(ask).toHaveCount(0);
	await expect(description).toHaveValue(
		'Pas assez de créneaux le samedi ni le mercredi au centre social'
	);

	// Another page of the atlas and back, inside the app: the form still holds the change.
	await followLink(page, '/sources');
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
		'Problématiques des ateliers'
	);
	await followLink(page, '/ateliers');
	await expect(page.locator('main[data-state="ready"]')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Modifier la problématique' })).toBeVisible();
	await expect(description).toHaveValue(
		'Pas assez de créneaux le samedi ni le mercredi au centre social'
	);

	// Leaving the tab (reload, close) with it unsaved is refused until the browser has asked:
	// the page cancels the unload event, which is what makes the browser ask.
	expect(await leaveRefused(page)).toBe(true);
	await description.press('Control+Enter');
	await expect(list(page)).toContainText('le samedi ni le mercredi');
	await expect(page.getByRole('heading', { name: 'Nouvelle problématique' })).toBeVisible();
	// Saved: nothing is left to lose, leaving asks nothing.
	expect(await leaveRefused(page)).toBe(false);
	await page.reload();
	await expect(page.locator('main[data-state="ready"]')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Nouvelle problématique' })).toBeVisible();
	// And the browser's own question, when the tab is closed with a new problem typed.
	await description.fill('Brouillon : pas de relais petite enfance à Lédignan');
	const asked: string[] = [];
	page.on('dialog', (d) => {
		asked.push(d.type());
		void d.dismiss();
	});
	await page.close({ runBeforeUnload: true });
	await expect.poll(() => asked).toEqual(['beforeunload']);
	expect(page.isClosed()).toBe(false);
});

test('on a phone, the problem list does not catch the finger: at its end, a swipe on it scrolls the page on', async ({
	browser
}) => {
	const phone = await browser.newContext(TOUCH_PHONE);
	const page = await phone.newPage();
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await openAteliers(page);
	const list = page.getByRole('region', { name: 'Liste des problématiques' });
	await expect(page.getByTestId('problem').first()).toBeVisible();
	// The list's box leaves room on screen to swipe beside it.
	expect((await list.boundingBox())!.height).toBeLessThanOrEqual(844 * 0.6 + 1);
	// Its top at 500 px, its end below the window's bottom, scrolled to its end; then a finger
	// swipes up on it, twice: the page scrolls on (contained, the list kept every swipe, and what
	// follows it, the deleted problems, could be reached only by a swipe in the page's margin).
	await list.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 500));
	await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
	const before = await page.evaluate(() => window.scrollY);
	const box = (await list.boundingBox())!;
	expect(box.y + box.height).toBeGreaterThan(844);
	const cdp = await phone.newCDPSession(page);
	const x = box.x + box.width / 2;
	for (let swipe = 0; swipe < 2; swipe++) {
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchStart',
			touchPoints: [{ x, y: 800 }]
		});
		for (let i = 1; i <= 10; i++)
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchMove',
				touchPoints: [{ x, y: 800 - 30 * i }]
			});
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	}
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
	expect(outsideRequests(requests)).toEqual([]);
	await phone.close();
});

test('on a phone, saving a problem says so where the focus goes, in sight', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openAteliers(page);
	await page.locator('#forum-lieu').fill('Anduze');
	await page.getByRole('button', { name: 'jeunesse', exact: true }).click();
	await page.locator('#description').fill('Pas de bus le soir pour rejoindre les formations');
	await page.getByRole('button', { name: /Tout le territoire/ }).click();
	// The button, far below the description on a phone.
	await page.getByRole('button', { name: /^Enregistrer et suivant/ }).click();
	await expect(page.locator('#description')).toBeFocused();
	// The confirmation beside the description, in sight (by the button, it was 735 px below).
	await expect(page.getByTestId('problem-saved')).toHaveText('Problématique enregistrée.');
	await expect(page.getByTestId('problem-saved')).toBeInViewport();
	// The next problem being typed is not saved: the confirmation of the last one goes.
	await page.locator('#description').pressSequentially('Pas de');
	await expect(page.getByTestId('problem-saved')).toHaveText('');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
