/**
 * The forum room (issue 12): a deck built from the pages, edited, exported, imported and presented
 * with the keyboard only; the room slide updating as a problem is saved in another tab.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { indicators } from '../../src/lib/indicators/catalogue';
import { expect, followLink, outsideRequests, paints, test, TOUCH_PHONE } from './fixtures';
import { addCommune, chooseCsv, CSV_HEADER, openAteliers } from './ateliers-helpers';

test('a deck is built from the pages, reordered, exported, imported and presented with the keyboard', async ({
	page,
	context,
	watch
}) => {
	await page.goto('/concentrations/?theme=jeunesse');
	await page.getByRole('button', { name: /^\+ Diapo/ }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Diapositive 1 ajoutée' })).toBeVisible();
	// The other pages in the app (no page load): the button titles the slide after the page shown.
	await followLink(page, '/sources/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources et méthodes');
	await page.getByRole('button', { name: /^\+ Diapo/ }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Diapositive 2 ajoutée' })).toBeVisible();

	await followLink(page, '/presentation/');
	const slides = page.getByTestId('slide');
	await expect(slides).toHaveCount(2);
	await page.getByRole('button', { name: 'Ajouter « Ce que la salle a dit »' }).click();
	await expect(slides).toHaveCount(3);
	// Sources moves to the top; notes are kept after a reload.
	await page.getByRole('button', { name: 'Monter la diapositive 2' }).click();
	await expect(slides.first()).toContainText('Sources');
	// Typed and the page reloaded without leaving the field (as a closed tab would): kept.
	await slides.first().getByLabel('Notes pour l’orateur').click();
	await page.keyboard.type('Dire d’où viennent les chiffres');
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
	// The size « Vue présentateur » opens it at: its buttons in sight, no site menu above them.
	await presenter.setViewportSize({ width: 900, height: 600 });
	await presenter.goto('/presentation/presentateur/');
	await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-state', 'ready');
	await expect(presenter.locator('header.site')).toHaveCount(0);
	await expect(presenter.getByRole('button', { name: 'Suivante ›' })).toBeInViewport();
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
	// Leaving keeps the view the room last saw (the second slide's page), the focus on its title
	// (the bar's button that had it is gone).
	await page.keyboard.press('Escape');
	await expect(bar).toBeHidden();
	await expect(page).toHaveURL(/\/concentrations\/\?theme=jeunesse$/);
	await expect(page.locator('h1')).toBeFocused();

	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('« + Diapo » on /comparer titles the slide after the communes compared, and the editor names them', async ({
	page,
	watch
}) => {
	// data/communes.geojson: 30007 is Alès, 30132 La Grand-Combe.
	await page.goto('/comparer/?communes=30007,30132');
	await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
	await page.getByRole('button', { name: /^\+ Diapo/ }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Diapositive 1 ajoutée' })).toBeVisible();
	await followLink(page, '/presentation/');
	await expect(page.getByLabel('Titre de la diapositive 1')).toHaveValue(
		'Comparer : Alès, La Grand-Combe'
	);
	await expect(page.getByTestId('slide').first()).toContainText('Comparer · Alès, La Grand-Combe');
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

test('a room slide set to one workshop theme counts that theme only, and keeps the choice', async ({
	page,
	watch
}) => {
	await page.goto('/presentation/');
	await page.getByRole('button', { name: 'Ajouter « Ce que la salle a dit »' }).click();
	const theme = page.getByTestId('slide').first().getByLabel('Problématiques comptées');
	await expect(theme).toHaveValue('');
	await theme.selectOption('jeunesse');
	await page.reload();
	await expect(theme).toHaveValue('jeunesse');

	await page.getByRole('button', { name: 'Présenter', exact: true }).click();
	const room = page.getByTestId('room-slide');
	// The fictional example (data/problemes-exemple-fictif.csv, counted by hand): 14 problems of
	// the theme « jeunesse », 2 of them « écartée »; 37 counted over every theme.
	await expect(room).toHaveAttribute('data-total', '12', { timeout: 30_000 });
	await expect(room).toContainText(/Problématiques du thème «\sjeunesse\s» seulement\. Les/i);
	await expect(room.getByTestId('room-themes')).toHaveCount(0);
	await expect(room.getByTestId('example-badge')).toBeVisible();
	// The circles' size key, from the heaviest commune of the theme (La Grand-Combe, weight 22 by
	// hand): 22, about a half (11 → 10) and a tenth (2,2 → 2), smallest first.
	const key = room.getByTestId('circle-key').getByRole('listitem');
	await expect(key).toHaveText(['2', '10', '22']);
	await page.keyboard.press('Escape');

	// Every theme again: the 37, and the list by theme.
	await theme.selectOption('');
	await page.getByRole('button', { name: 'Présenter', exact: true }).click();
	await expect(room).toHaveAttribute('data-total', '37', { timeout: 30_000 });
	await expect(room.getByTestId('room-themes')).toBeVisible();
	// Every theme: Alès is the heaviest (42 by hand, the « écartée » left out), so 42, 20 (21) and
	// 4 (4,2); the key's 42 is drawn as large as Alès's circle on the slide's map.
	await expect(key).toHaveText(['4', '20', '42']);
	const diameters = await room
		.getByRole('img', { name: /cercles proportionnels/ })
		.locator('circle')
		.evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().width));
	const keyLargest = (await key.last().locator('circle').boundingBox())!.width;
	expect(Math.abs(keyLargest - Math.max(...diameters))).toBeLessThanOrEqual(1);
	// Seen from the back of the room: at 1400 px wide the heaviest is over 40 px across.
	expect(keyLargest).toBeGreaterThan(40);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

/** Stores a deck of `slide` and a closing slide, and presents it: the slide bar, on « 1 / 2 ». */
async function presentTwoSlides(page: Page, slide: Record<string, string>) {
	await page.goto('/presentation/');
	await page.evaluate(
		(first) =>
			localStorage.setItem(
				'atlas-presentation',
				JSON.stringify({
					format: 'atlas-presentation',
					version: 1,
					title: 'Forum',
					slides: [first, { kind: 'closing', id: 'd-fin', title: 'Fin', notes: '' }]
				})
			),
		slide
	);
	await page.reload();
	await page.getByRole('button', { name: 'Présenter', exact: true }).click();
	const bar = page.getByRole('toolbar', { name: 'Présentation' });
	await expect(bar).toContainText('1 / 2');
	return bar;
}

test('presenting /croisements at 1280×720: ↑ ↓ scroll the results the speaker clicked in, longer than the slide; Page Down still moves on', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const bar = await presentTwoSlides(page, {
		kind: 'view',
		id: 'd-cr',
		title: 'Croisement',
		notes: '',
		path: '/croisements/',
		search: ''
	});
	const results = page.getByTestId('crossing');
	await expect(page.getByTestId('crossing-thresholds')).toBeVisible({ timeout: 30_000 });
	const scroll = () => results.evaluate((e) => e.scrollTop);
	// Longer than the slide: the silent needs' list runs past the slide bar.
	expect(await results.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeGreaterThan(200);
	// The room is told the list goes on: a hint at the results' foot, on the slide.
	const more = page.getByTestId('more-below');
	await expect(more).toHaveText('↓ La suite plus bas');
	const hint = (await more.locator('span').boundingBox())!;
	const box = (await results.boundingBox())!;
	expect(hint.y + hint.height).toBeLessThanOrEqual(box.y + box.height);
	expect(hint.y + hint.height).toBeGreaterThan(box.y + box.height - 40);
	// The map's source is read by the room: on one line over a map this tall, it stays open.
	await expect(page.getByText('IGN, INSEE, ateliers CTG')).toBeVisible();
	await results.focus();
	await page.keyboard.press('ArrowUp'); // at its top: the slide before, which there is not
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect.poll(scroll).toBeGreaterThan(0);
	await expect(bar).toContainText('1 / 2');
	// Once the list moves, the hint goes: the room sees it scroll.
	await expect(more).toHaveText('');
	await page.keyboard.press('PageDown');
	await expect(bar).toContainText('2 / 2');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('presenting the map in one column (800 px): ↓ with the map focused moves on, as on a wide screen, not the column', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 800, height: 700 });
	const bar = await presentTwoSlides(page, {
		kind: 'view',
		id: 'd-map',
		title: 'Carte',
		notes: '',
		path: '/',
		search: '?commune=30010'
	});
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	// One column: the map and the commune's panel below it scroll together, in a box of their own.
	const column = page.locator('.layout');
	expect(await column.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeGreaterThan(100);
	await page.locator('.maplibregl-canvas').focus();
	await page.keyboard.press('ArrowDown');
	await expect(bar).toContainText('2 / 2');
	expect(await column.evaluate((e) => e.scrollTop)).toBe(0);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

/**
 * The smallest font sizes, in px, of the text the room can see: the legends' (every element
 * labelled « Légende… ») and the rest of the page (the slide bar, a control of the presentation,
 * and the map's zoom buttons are left out; the map's source counts as a legend).
 */
function smallestText(page: Page): Promise<{ body: number; legend: number; texts: number }> {
	return page.evaluate(() => {
		let body = Infinity;
		let legend = Infinity;
		let texts = 0;
		const walker = document.createTreeWalker(
			document.querySelector('.shell')!,
			NodeFilter.SHOW_TEXT
		);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement;
			if (
				!el ||
				!n.textContent?.trim() ||
				el.closest('svg, [hidden], .sr-only, .maplibregl-ctrl-group')
			)
				continue;
			const r = el.getBoundingClientRect();
			const style = getComputedStyle(el);
			if (!r.width || r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth)
				continue;
			if (style.visibility === 'hidden' || r.width <= 1) continue;
			const px = parseFloat(style.fontSize);
			texts++;
			if (el.closest('[aria-label^="Légende"], .maplibregl-ctrl-attrib'))
				legend = Math.min(legend, px);
			else body = Math.min(body, px);
		}
		return { body, legend, texts };
	});
}

test('presenting at 1080p: slides from /diagnostic, a portrait and /comparer named in French, text ≥ 24 px, legends ≥ 20 px, no half-drawn map', async ({
	page,
	watch
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1920, height: 1080 });
	// Each frame: counts a map shown (opacity above 0) before its first complete paint. A string:
	// the page runs it before any of its own script.
	await page.addInitScript(`
		window.__halfDrawn = 0;
		const ready = new WeakSet();
		function frame() {
			for (const el of document.querySelectorAll('[data-drawn]')) {
				if (el.getAttribute('data-state') === 'ready') ready.add(el);
				else if (!ready.has(el) && Number(getComputedStyle(el).opacity) > 0) window.__halfDrawn++;
			}
			requestAnimationFrame(frame);
		}
		requestAnimationFrame(frame);
	`);
	const add = page.getByRole('button', { name: /^\+ Diapo/ });
	// One page load, then the other pages in the app; `shown`: only on that page, so the button
	// titles the slide after it.
	for (const [path, n, shown] of [
		['/diagnostic/jeunesse/', 1, 'diagnostic-map'],
		['/commune/30007/', 2, 'portrait'],
		['/comparer/?communes=30007,30132', 3, 'compare']
	] as const) {
		if (n === 1) await page.goto(path);
		else await followLink(page, path);
		await expect(page.getByTestId(shown).first()).toBeAttached();
		// Read at a desk, a long page needs no « la suite plus bas »: said on slides only.
		await expect(page.getByText('↓ La suite plus bas')).toBeHidden();
		await add.click();
		await expect(
			page.getByRole('status').filter({ hasText: `Diapositive ${n} ajoutée` })
		).toBeVisible();
	}
	// Two map slides, written as a deck file would hold them.
	await page.evaluate(() => {
		const deck = JSON.parse(localStorage.getItem('atlas-presentation')!);
		deck.slides.push(
			{
				kind: 'view',
				id: 'carte-1',
				title: 'Chômage',
				notes: '',
				path: '/',
				search: '?indicateur=chomage_15_24'
			},
			{
				kind: 'view',
				id: 'carte-2',
				title: 'Pauvreté',
				notes: '',
				path: '/',
				search: '?indicateur=taux_pauvrete_2021'
			},
			{
				kind: 'view',
				id: 'crois',
				title: 'Croisement',
				notes: '',
				path: '/croisements/',
				search: ''
			}
		);
		localStorage.setItem('atlas-presentation', JSON.stringify(deck));
	});
	await page.goto('/presentation/');
	const slides = page.getByTestId('slide');
	await expect(slides).toHaveCount(6);
	await expect(slides.nth(0)).toContainText('Diagnostic · Jeunesse');
	// Communes by name (data/communes.geojson: 30007 Alès, 30132 La Grand-Combe), not by code.
	await expect(slides.nth(1)).toContainText('Portrait · Alès');
	await expect(slides.nth(2)).toContainText('Comparer · Alès, La Grand-Combe');
	await expect(slides.nth(3)).toContainText('Carte · Taux de chômage des 15-24 ans');
	await expect(slides.nth(5)).toContainText('Croisements');

	// Presented, each slide opens its page; at 1920 px the root text is 1.25 vw = 24 px, so body
	// text must be ≥ 24 px and legends ≥ 0.85 × 24 = 20.4 px (the issue asks 20).
	await page.getByRole('button', { name: 'Présenter', exact: true }).click();
	const bar = page.getByRole('toolbar', { name: 'Présentation' });
	const expectReadable = async (what: string, legend: boolean) => {
		const sizes = await smallestText(page);
		expect(sizes.texts, what).toBeGreaterThan(5);
		expect(sizes.body, `${what} : texte`).toBeGreaterThanOrEqual(24);
		if (legend) expect(sizes.legend, `${what} : légende`).toBeGreaterThanOrEqual(20);
	};
	await expect(page).toHaveURL(/\/diagnostic\/jeunesse\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Jeunesse');
	await expect(page.getByTestId('diagnostic-map').first()).toBeVisible();
	await expectReadable('/diagnostic', true);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('portrait')).toHaveAttribute('data-code', '30007');
	await expectReadable('/commune/30007', false);
	// Longer than the screen: the room is told there is more (the table was cut mid-row, silently).
	const moreBelow = page.getByTestId('more-below').getByText('↓ La suite plus bas');
	await expect(moreBelow).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
	await expectReadable('/comparer', false);
	await expect(moreBelow).toBeVisible();
	// The room sees which indicators, not the list that changes them; and no empty band between
	// the chosen communes and the table (the map beside them was as tall as four more lines).
	await expect(page.getByLabel('Thème')).toBeHidden();
	await expect(page.getByTestId('present-compare-theme')).toHaveText('Tous les indicateurs.');
	// The method's paragraph is the planners' (hidden while presenting, as the panel's).
	await expect(page.getByTestId('compare-method')).toBeHidden();
	const [chooser, table] = await Promise.all(
		[page.locator('.chooser'), page.locator('.compare-box')].map((l) => l.boundingBox())
	);
	expect(table!.y - (chooser!.y + chooser!.height)).toBeLessThan(60);
	for (const [n, path, label] of [
		// The default indicator's parameter may be dropped from the link once the map is painted
		// (the view's canonical link): the legend says which indicator is shown.
		[4, /\/(\?indicateur=chomage_15_24)?$/, 'Taux de chômage des 15-24 ans'],
		[5, /\/\?indicateur=taux_pauvrete_2021$/, 'Taux de pauvreté 2021']
	] as const) {
		await page.keyboard.press('ArrowRight');
		await expect(bar).toContainText(`${n} / 6`);
		await expect(page).toHaveURL(path);
		await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
		await expect(page.getByTestId('legend')).toBeInViewport({ ratio: 1 });
		await expect(page.getByTestId('legend')).toContainText(label);
		// The slide's settings are not shown to the room (its URL holds them).
		await expect(page.getByLabel(/^Nombre/)).toBeHidden();
		await expectReadable(`carte ${n}`, true);
	}
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/croisements\/$/);
	await expect(page.getByRole('table', { name: 'Légende bivariée' })).toBeInViewport({ ratio: 1 });
	await expectReadable('/croisements', true);
	// No map was ever on screen before its first complete paint.
	expect(
		await page.evaluate(() => (window as unknown as { __halfDrawn: number }).__halfDrawn)
	).toBe(0);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('the « slide added » message can be closed at once, with « × » or Échap, and then uncovers the welcome’s links', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/sources/');
	const add = page.getByRole('button', { name: /^\+ Diapo/ });
	await expect(add).toBeEnabled();
	const present = page
		.getByRole('navigation', { name: 'Pour commencer' })
		.getByRole('link', { name: 'Présenter' });
	await expect(present).toBeVisible();
	/** Whether a click at the link's centre would reach it (not a message over it). */
	const reachable = () =>
		present.evaluate((a) => {
			const r = a.getBoundingClientRect();
			const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
			return !!hit && a.contains(hit);
		});
	expect(await reachable()).toBe(true);
	await add.click();
	const said = page.getByRole('status').filter({ hasText: 'Diapositive 1 ajoutée' });
	await expect(said).toBeVisible();
	// At 1280×720 the message lies over the welcome's « Présenter » link.
	expect(await reachable()).toBe(false);
	await page.getByRole('button', { name: 'Fermer le message' }).click();
	await expect(said).toHaveCount(0);
	expect(await reachable()).toBe(true);
	// The same view again is not a second slide (a double click added it twice), and Échap from
	// the button closes that message too.
	await add.click();
	await expect(
		page.getByRole('status').filter({
			hasText:
				'Cette vue est déjà la diapositive 1, la dernière : elle n’est pas ajoutée deux fois.'
		})
	).toBeVisible();
	const stored = await page.evaluate(() => localStorage.getItem('atlas-presentation'));
	expect(JSON.parse(stored!).slides).toHaveLength(1);
	await add.focus();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Fermer le message' })).toHaveCount(0);
	expect(await reachable()).toBe(true);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('the keyboard reorders, deletes and puts back slides without losing its place', async ({
	page,
	watch
}) => {
	await page.goto('/presentation/');
	const model = page.getByRole('group', { name: 'Partir d’un modèle par thème de la CTG' });
	await model.getByRole('button', { name: 'Choisir ce modèle' }).click();
	const slides = page.getByTestId('slide');
	await expect(slides).toHaveCount(7);
	const title = (i: number) => slides.nth(i).getByRole('textbox').first().inputValue();
	const first = await title(0);
	const second = await title(1);
	// « Descendre » pressed three times with Entrée: the slide goes down three places, the focus
	// with it (the browser dropped the focus of the moved node: it went down once).
	await page.getByRole('button', { name: 'Descendre la diapositive 1' }).focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
	expect(await title(3)).toBe(first);
	expect(await title(0)).toBe(second);
	await expect(page.getByRole('button', { name: 'Descendre la diapositive 4' })).toBeFocused();
	// Down to the end: « Descendre » is then off, the focus goes to « Monter ».
	for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
	expect(await title(6)).toBe(first);
	await expect(page.getByRole('button', { name: 'Monter la diapositive 7' })).toBeFocused();
	await page.keyboard.press('Enter');
	expect(await title(5)).toBe(first);
	await expect(page.getByRole('button', { name: 'Monter la diapositive 6' })).toBeFocused();
	// Deleted: the focus goes to « Annuler » beside the message; put back, to the slide's title.
	await page.getByRole('button', { name: 'Supprimer la diapositive 6' }).focus();
	await page.keyboard.press('Enter');
	await expect(slides).toHaveCount(6);
	await expect(page.getByRole('button', { name: 'Annuler', exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(slides).toHaveCount(7);
	expect(await title(5)).toBe(first);
	await expect(page.getByLabel('Titre de la diapositive 6')).toBeFocused();
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a theme model, or a file, fills an empty presentation in one step; with slides, it asks first', async ({
	page,
	browser,
	watch
}) => {
	await page.goto('/presentation/');
	const model = page.getByRole('group', { name: 'Partir d’un modèle par thème de la CTG' });
	await model.getByRole('button', { name: 'Choisir ce modèle' }).click();
	// Petite enfance et enfance, by hand from starter-decks.ts: its first 3 of 4 indicators as
	// maps, its concentrations, its crossing, the room slide and the closing slide: 7.
	await expect(model.getByRole('status')).toHaveText(
		'Le modèle « Petite enfance et enfance » : 7 diapositives ajoutées.'
	);
	await expect(page.getByTestId('slide')).toHaveCount(7);
	// Now that there are slides, the same model asks what to do with them; « Annuler » keeps them.
	await model.getByRole('button', { name: 'Choisir ce modèle' }).click();
	await expect(
		model.getByRole('group', { name: 'Que faire des diapositives actuelles ?' })
	).toContainText('La présentation actuelle a 7 diapositives.');
	await model.getByRole('button', { name: 'Annuler' }).click();
	await expect(page.getByTestId('slide')).toHaveCount(7);
	// Exported, then imported on another computer (a fresh browser) with no slides: taken at once.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exporter la présentation' }).click();
	const file = Buffer.concat(await (await (await download).createReadStream()).toArray());
	const other = await browser.newContext();
	const elsewhere = await other.newPage();
	await elsewhere.goto('/presentation/');
	await elsewhere.getByLabel('Importer une présentation (.json)').setInputFiles({
		name: 'forum.json',
		mimeType: 'application/json',
		buffer: file
	});
	await expect(elsewhere.getByText('Le fichier : 7 diapositives ajoutées.')).toBeVisible();
	await expect(elsewhere.getByTestId('slide')).toHaveCount(7);
	await other.close();
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

/**
 * What goes wrong in the crossing's scatter plot as drawn: a text past the drawing's edge, or two
 * texts over each other (ticks and axis titles), each as « what: text ». Empty when all is clear.
 */
function scatterClashes(page: Page): Promise<string[]> {
	return page
		.getByTestId('crossing')
		.locator('svg[role="img"]')
		.evaluate((svg) => {
			const edge = svg.getBoundingClientRect();
			const texts = [...svg.querySelectorAll(':scope > g > text, :scope > text')].map((t) => ({
				text: t.textContent!.trim(),
				box: t.getBoundingClientRect()
			}));
			const out: string[] = [];
			const slack = 0.5;
			for (const { text, box } of texts)
				if (
					box.left < edge.left - slack ||
					box.right > edge.right + slack ||
					box.top < edge.top - slack ||
					box.bottom > edge.bottom + slack
				)
					out.push(`hors du dessin : ${text}`);
			texts.forEach((a, i) =>
				texts.slice(i + 1).forEach((b) => {
					const apart =
						a.box.right <= b.box.left + slack ||
						b.box.right <= a.box.left + slack ||
						a.box.bottom <= b.box.top + slack ||
						b.box.bottom <= a.box.top + slack;
					if (!apart) out.push(`superposés : ${a.text} / ${b.text}`);
				})
			);
			return out;
		});
}

/** Form fields the room can see on the slide (the slide bar's own are left out). */
function visibleFields(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('.shell :is(input, select, textarea)')]
			.filter((el) => !el.closest('[role="toolbar"]') && (el as HTMLElement).checkVisibility())
			.map((el) => el.outerHTML.slice(0, 80))
	);
}

test('presenting at 1280×720: the room sees the view (map, legend, what it shows), not the choices that edit it; they are back after', async ({
	page,
	watch
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/presentation/');
	await page
		.getByRole('group', { name: 'Partir d’un modèle par thème de la CTG' })
		.getByRole('combobox')
		.selectOption('jeunesse');
	await page.getByRole('button', { name: 'Choisir ce modèle' }).click();
	await page.getByRole('button', { name: 'Présenter', exact: true }).click();
	const bar = page.getByRole('toolbar', { name: 'Présentation' });

	// 1. The map: its legend and what the indicator means; no indicator list, class settings,
	// export, layer boxes, table button or zoom buttons.
	await expect(page).toHaveURL(/\/\?indicateur=part_15_29$/);
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('legend')).toBeInViewport({ ratio: 1 });
	await expect(page.getByText('Part des habitants âgés de 15 à 29 ans')).toBeVisible();
	expect(await visibleFields(page)).toEqual([]);
	for (const hidden of [
		page.getByText('Exporter la carte'),
		page.getByRole('button', { name: 'Afficher le tableau des communes' }),
		page.getByRole('button', { name: 'Zoom avant' })
	])
		await expect(hidden).toBeHidden();

	// « Contraste élevé »: the legend takes the map's colour change (its swatches kept the old
	// colours), and the arrows still move the slides with the focus left on the box.
	await bar.getByLabel('Contraste élevé').check();
	const filterOf = (l: Locator) => l.evaluate((el) => getComputedStyle(el).filter);
	// Saturated, not contrasted: a contrast filter turned the light grey classes white.
	expect(await filterOf(page.getByTestId('legend'))).toBe('saturate(1.4)');
	expect(await filterOf(page.locator('[data-testid="map"] canvas').first())).toBe('saturate(1.4)');

	// 2. Youth unemployment: its legend flags the rates on small counts, without sending the room to
	// a table that the slide does not show.
	await page.keyboard.press('ArrowRight');
	await expect(bar).toContainText('2 / 7');
	const smallRow = page.getByTestId('legend-small');
	await expect(smallRow).toContainText('Contour en pointillé', { useInnerText: true });
	await expect(smallRow).not.toContainText('dans le tableau', { useInnerText: true });

	// 4. Where needs concentrate: the index said in words (the theme's 7 indicators, the two where a
	// low value signals the need named so), no weights, tabs or tests.
	for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
	await expect(bar).toContainText('4 / 7');
	await expect(page).toHaveURL(/\/concentrations\/\?theme=jeunesse$/);
	const index = page.getByTestId('present-index');
	await expect(index).toContainText('Indice composé de 7 indicateurs, à poids égaux :');
	await expect(index.getByRole('listitem')).toHaveText([
		'Part des jeunes de 15 à 29 ans',
		'Taux de chômage des 15-24 ans',
		'Part des jeunes non insérés (15-24 ans), 2018',
		'Collèges pour 1 000 enfants (valeur faible = besoin)',
		'Lycées pour 1 000 jeunes de 15 à 29 ans (valeur faible = besoin)',
		'Distance à la mission locale ou au point information jeunesse le plus proche',
		'Distance au lycée le plus proche'
	]);
	// The result in words, without « p ≤ 0,05 » (the default threshold: 1 / 0,05 = 1 sur 20).
	await expect(page.getByTestId('headline')).toBeHidden();
	// Beside the uncorrected count, how many survive the false discovery rate's correction: the
	// planners' table (hidden from the room) gives that count at p ≤ 0,05.
	const fdrCount = Number(
		await page
			.getByTestId('significance-counts')
			.locator('td[data-alpha="0.05"][data-correction="fdr"]')
			.textContent()
	);
	const remain =
		fdrCount === 0 ? 'aucune ne reste' : `(${fdrCount} communes? restent?|toutes restent)`;
	await expect(page.getByTestId('room-headline')).toHaveText(
		new RegExp(
			`^\\d+ communes ressortent dans un regroupement pour «\\sIndice de besoins\\s»\\. Chaque commune est testée à part\\s: environ 1 commune sur 20 peut ressortir par hasard\\s; après le tri des fausses alertes, ${remain}\\. À lire avec prudence\\.$`
		)
	);
	expect(await visibleFields(page)).toEqual([]);
	await expect(page.getByRole('group', { name: 'Vue de la carte' })).toBeHidden();
	await expect(page.getByText(/I de Moran/)).toBeHidden();
	await expect(page.getByTestId('index-formula')).toBeHidden();
	// The legend says what the map shows; the method's name (LISA) is for the planners.
	await expect(page.getByTestId('concentration-legend').locator('h3')).toHaveText(
		/^\s*Regroupements de communes voisines\s*$/,
		{ useInnerText: true }
	);
	// How to read the map, in the side panel, whole or cut to fit it. Under the map, nothing
	// that nobody could scroll to: the planners' longer text and the table are hidden.
	const howTo = page.getByRole('region', { name: 'Comment lire cette carte' });
	await expect(howTo).toHaveCount(1);
	await expect(howTo).toBeInViewport({ ratio: 1 });
	await expect(howTo).toContainText('La carte des regroupements compare chaque commune');
	// Beside the map, under its legend, and whole: in the side panel, under the index's seven
	// indicators, both its paragraphs were cut mid-sentence.
	await expect(howTo).toHaveAttribute('data-clamp', 'none');
	const clusterBox = (await page.getByTestId('cluster-map').boundingBox())!;
	expect((await howTo.boundingBox())!.x).toBeGreaterThanOrEqual(clusterBox.x + clusterBox.width);
	// The communes missing a value are counted, without sending the room to the hidden table.
	await expect(page.getByText(/sans toutes les valeurs/)).not.toContainText('dans le tableau', {
		useInnerText: true
	});
	// Beside a legend counting no « Valeur manquante », it says what became of them.
	await expect(page.getByText(/sans toutes les valeurs/)).toContainText(
		'indice est calculé sur les indicateurs connus'
	);
	await expect(page.getByTestId('results-table')).toBeHidden();
	const main = page.locator('main.main');
	expect(await main.evaluate((m) => m.scrollHeight - m.clientHeight)).toBeLessThanOrEqual(1);

	// 5. Expressed and measured needs: one sentence names the workshops' theme; no choices.
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/croisements\/\?indicateur=part_15_29&atelier=jeunesse$/);
	await expect(page.getByTestId('present-workshop-theme')).toHaveText(
		'Problématiques des ateliers : thème « jeunesse ».'
	);
	await expect(page.getByRole('table', { name: 'Légende bivariée' })).toBeInViewport({ ratio: 1 });
	// Beside the map, not over it: over it, the key hid the territory's south.
	const [keyBox, mapBox] = await Promise.all(
		[page.getByRole('table', { name: 'Légende bivariée' }), page.getByTestId('map')].map((l) =>
			l.boundingBox()
		)
	);
	expect(keyBox!.x + keyBox!.width).toBeLessThanOrEqual(mapBox!.x);
	// Each row's name on one line, level with its swatches (« moins marqué » was cut in two).
	const rowLines = await page
		.getByRole('table', { name: 'Légende bivariée' })
		.locator('tbody th')
		.evaluateAll((ths) =>
			ths.map((th) => {
				const range = document.createRange();
				range.selectNodeContents(th);
				return `${th.textContent} : ${range.getClientRects().length}`;
			})
		);
	expect(rowLines).toEqual(['plus marqué : 1', 'médian : 1', 'moins marqué : 1']);
	// Still in high contrast: the lightest class (#e8e8e8, least marked, no mention) stays grey
	// on screen. A contrast filter drew it white, as the page (read from the pixels drawn).
	const lightest = page
		.getByRole('table', { name: 'Légende bivariée' })
		.locator('tbody tr')
		.last()
		.locator('.sw')
		.first();
	const shot = (await lightest.screenshot()).toString('base64');
	const drawn = await page.evaluate(async (png) => {
		const img = new Image();
		img.src = `data:image/png;base64,${png}`;
		await img.decode();
		const c = document.createElement('canvas');
		[c.width, c.height] = [img.width, img.height];
		const g = c.getContext('2d')!;
		g.drawImage(img, 0, 0);
		return [...g.getImageData(img.width >> 1, img.height >> 1, 1, 1).data.slice(0, 3)];
	}, shot);
	expect(Math.max(...drawn)).toBeLessThan(245);
	expect(await visibleFields(page)).toEqual([]);
	await expect(page.getByTestId('table-export')).toBeHidden();
	// Read aloud in the room: « 4,55 mentions pondérées », not « mention(s) pondérée(s) ».
	await expect(page.getByTestId('crossing')).toContainText(/Seuils\s:\s/);
	await expect(page.getByTestId('crossing')).not.toContainText('(s)');
	// The scatter plot in the room's larger type: its axis titles ran over the tick labels and
	// its last tick (« 18,0 ») off the drawing, with margins sized for the small type.
	const yTitle = page.getByTestId('crossing').locator('svg text[data-axis="y"]');
	await expect(yTitle).toHaveText('Mentions pondérées pour 1 000 hab.');
	expect(await yTitle.getAttribute('font-size')).toBe('16');
	expect(await scatterClashes(page)).toEqual([]);

	// Out of the presentation, the page is the planners' again: its choices are there, the
	// room's sentence is not.
	await page.keyboard.press('Escape');
	await expect(bar).toBeHidden();
	// The same view, without reloading: the facilitator answers a question where the room was.
	await expect(page).toHaveURL(/\/croisements\/\?indicateur=part_15_29&atelier=jeunesse$/);
	await expect(page.getByTestId('present-workshop-theme')).toBeHidden();
	await expect(page.getByLabel('Thème des ateliers')).toBeVisible();
	await expect(page.getByTestId('table-export')).toBeVisible();
	// The scatter plot in the screen's type again, as clear.
	await expect(yTitle).toHaveAttribute('font-size', '11');
	expect(await scatterClashes(page)).toEqual([]);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('presenting at 1280×720: every indicator’s side panel fits the slide, its caveats included', async ({
	page,
	watch
}) => {
	const ids = Object.keys(
		(JSON.parse(readFileSync('static/data/snapshot.json', 'utf8')) as { indicators: object })
			.indicators
	);
	expect(ids).toHaveLength(24);
	const label = (id: string) => indicators.find((i) => i.id === id)!.label;
	await page.setViewportSize({ width: 1280, height: 720 });
	// One page load, then each indicator in turn inside the app, as the facilitator changes it.
	await page.goto(`/?indicateur=${ids[0]}`);
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	// The presenting look, as the presentation's layer sets it on the page's root.
	await page.evaluate(() => document.documentElement.classList.add('presenting'));
	const about = page.getByTestId('indicator-about');
	const overflowing: string[] = [];
	for (const [k, id] of ids.entries()) {
		if (k > 0) {
			const before = await paints(page);
			await followLink(page, `/?indicateur=${id}`);
			await expect.poll(() => paints(page)).toBeGreaterThan(before);
		}
		// This indicator's legend and text, then a frame: the text is fitted (`fitWithin`) after
		// what stands above it changed size.
		await expect(page.getByTestId('legend')).toContainText(label(id));
		await expect(about.locator(`a[href$="#${id}"]`)).toHaveCount(1);
		await page.evaluate(
			() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
		);
		await expect(about).toBeVisible();
		// Nobody scrolls the side panel in a room: what it says must be within the slide. At
		// 19rem wide, 13 of the 24 ran past its foot (the distances' caveats by up to 270 px).
		const [aboutBox, sideBox] = await Promise.all(
			[about, page.locator('aside.side')].map((l) => l.boundingBox())
		);
		if (aboutBox!.y + aboutBox!.height > sideBox!.y + sideBox!.height) overflowing.push(id);
	}
	expect(overflowing).toEqual([]);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('presenting at 1280×720: a commune’s panel fits its width, its three columns included, and the side panel beside it fits the slide', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	// The indicator with the longest caveats (the train station's distance: five of them).
	await page.goto('/?indicateur=distance_gare&commune=30007');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	const panel = page.getByTestId('commune-panel');
	await expect(panel).toBeVisible();
	const widths = () =>
		panel.evaluate((el) => ({
			panel: el.clientWidth,
			table: el.querySelector('table')!.getBoundingClientRect().width,
			gard: el.querySelector('thead th:last-child')!.getBoundingClientRect().right,
			right: el.getBoundingClientRect().right
		}));
	const before = await widths();
	expect(before.table).toBeLessThanOrEqual(before.panel);
	await page.evaluate(() => document.documentElement.classList.add('presenting'));
	// The room's text (1rem at least) in the table's usual four columns ran about 50 px past the
	// panel's edge: the département's column (« Gard ») was cut. Now the values go under their
	// indicator, as on a phone, and the three columns of values stay within the panel.
	await expect.poll(async () => (await widths()).table).toBeLessThanOrEqual(before.panel + 1);
	const after = await widths();
	expect(after.gard).toBeLessThanOrEqual(after.right);
	await expect(panel.getByRole('columnheader', { name: 'Gard' })).toBeVisible();
	// Beside the panel, the side panel is 21rem wide: its caveats at two lines each ran 52 px
	// past the slide's foot; they are cut as much as needed to fit (one line each, here).
	const [aboutBox, sideBox] = await Promise.all(
		[page.getByTestId('indicator-about'), page.locator('aside.side')].map((l) => l.boundingBox())
	);
	expect(aboutBox!.y + aboutBox!.height).toBeLessThanOrEqual(sideBox!.y + sideBox!.height);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('presenting at 1280×720: the caveats are whole when the side panel has room, cut or counted only when it has not', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const about = page.getByTestId('indicator-about');
	const cut = () =>
		about
			.locator('.caveat')
			.evaluateAll((list) =>
				list.filter((c) => c.scrollHeight > c.clientHeight + 1).map((c) => c.textContent)
			);
	// The young's unemployment beside Anduze: two caveats of three to four lines, room for both.
	await page.goto('/?indicateur=chomage_15_24&commune=30010');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	// « + Diapo » with a commune chosen: the slide is titled after the indicator and the commune
	// (30010 is Anduze in the communes' file), as the room sees it on the slide bar.
	await page.getByRole('button', { name: /^\+ Diapo/ }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Diapositive 1 ajoutée' })).toBeVisible();
	expect(
		await page.evaluate(
			() => JSON.parse(localStorage.getItem('atlas-presentation')!).slides[0].title
		)
	).toBe('Taux de chômage des 15-24 ans (%) · Anduze');
	await page.evaluate(() => document.documentElement.classList.add('presenting'));
	await expect(about).toHaveAttribute('data-clamp', 'none');
	await expect(about).toContainText(
		'différent du chômage au sens du BIT et des inscrits à France Travail.'
	);
	expect(await cut()).toEqual([]);
	// Something shown above it later (as the legend once the data is there): cut again to fit.
	await page.evaluate(() => {
		const late = document.createElement('div');
		late.style.height = '6rem';
		document.querySelector('aside.side')!.prepend(late);
	});
	await expect(about).not.toHaveAttribute('data-clamp', 'none');
	const [aboutNow, sideNow] = await Promise.all(
		[about, page.locator('aside.side')].map((l) => l.boundingBox())
	);
	expect(aboutNow!.y + aboutNow!.height).toBeLessThanOrEqual(sideNow!.y + sideNow!.height);
	// The train station's five caveats beside Alès: cut, and the panel still ends on the slide.
	await page.goto('/?indicateur=distance_gare&commune=30007');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	await page.evaluate(() => document.documentElement.classList.add('presenting'));
	await expect(about).not.toHaveAttribute('data-clamp', 'none');
	expect((await cut()).length).toBeGreaterThan(0);
	const [aboutBox, sideBox] = await Promise.all(
		[about, page.locator('aside.side')].map((l) => l.boundingBox())
	);
	expect(aboutBox!.y + aboutBox!.height).toBeLessThanOrEqual(sideBox!.y + sideBox!.height);
	// The crossing's slide (the early-childhood starter deck's): its side panel also holds the
	// method, the example's notice and the key. Not one line of each caveat fitted, and the
	// indicator's text ran about 60 px under the slide bar: the four caveats (catalogue) are
	// counted in one line, the definition cut, and the panel ends on the slide.
	await page.goto('/croisements/?indicateur=eaje_pour_1000_enfants&atelier=petite_enfance');
	// The engine's counts first (DuckDB), then MapLibre: as the page's own tests wait.
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', {
		timeout: 30_000
	});
	await page.evaluate(() => document.documentElement.classList.add('presenting'));
	await expect(about.locator('.caveat-count')).toHaveText(
		/^\s*⚠ 4 précautions de lecture\s:\svoir la page Sources\.\s*$/
	);
	await expect(about.locator('.caveat').first()).toBeHidden();
	const [crossAbout, crossSide] = await Promise.all(
		[about, page.locator('aside.side')].map((l) => l.boundingBox())
	);
	expect(crossAbout!.y + crossAbout!.height).toBeLessThanOrEqual(crossSide!.y + crossSide!.height);
	// Not presenting: the caveats whole, no count.
	await page.evaluate(() => document.documentElement.classList.remove('presenting'));
	await expect(about.locator('.caveat-count')).toBeHidden();
	await expect(about).toContainText('Code d’équipement D502');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('presenting /ateliers: the room reads the problems, not the form that enters them', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openAteliers(page);
	await expect(page.getByRole('heading', { name: 'Nouvelle problématique' })).toBeVisible();
	// One problem of the room's own (the example cannot be edited), imported as a user does.
	await chooseCsv(page, 'forum-1.csv', [
		CSV_HEADER,
		'13/03/2025;Alès;1;jeunesse;mobilité;;Alès;Pas de bus le dimanche;5'
	]);
	await page
		.getByTestId('import-report')
		.getByRole('button', { name: 'Importer', exact: true })
		.click();
	await expect(page.getByTestId('problem')).toHaveCount(1);
	const edit = page.getByRole('button', { name: /^Modifier\s:\s/ });
	await expect(edit).toBeVisible();
	await page.evaluate(() => document.documentElement.classList.add('presenting'));
	// Entering, importing, exporting and editing are hidden.
	await expect(page.getByRole('heading', { name: 'Nouvelle problématique' })).toBeHidden();
	await expect(edit).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Importer un fichier' })).toBeHidden();
	await expect(page.getByTestId('problem')).toBeInViewport();
	await expect(page.getByTestId('problem')).toContainText('Pas de bus le dimanche');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('served by this computer only (localhost), the closing slide gives its address without a QR code, and the editor says so first', async ({
	page,
	watch
}) => {
	await page.goto('/presentation/');
	await expect(page.getByTestId('closing-local-note')).toHaveCount(0);
	await page.getByRole('button', { name: 'Ajouter une clôture avec code QR' }).click();
	const port = new URL(page.url()).port;
	await expect(page.getByTestId('closing-local-note')).toContainText(
		`La clôture n’aura pas de code QR : l’atlas est servi par cet ordinateur seul (localhost:${port})`
	);
	await page.getByRole('button', { name: 'Présenter', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Pour retrouver ces cartes' })).toBeVisible();
	await expect(page.getByTestId('closing-local')).toHaveText(
		'Pas de code QR : cette adresse ne s’ouvre que sur l’ordinateur qui présente.'
	);
	await expect(page.getByTestId('closing-qr')).toHaveCount(0);
	await expect(page.getByText(`http://localhost:${port}`, { exact: true })).toBeVisible();
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('presenting on a phone (390 px): « Quitter » stays in sight; the presenter window is not offered', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/presentation/');
	await page.getByRole('button', { name: 'Ajouter une clôture avec code QR' }).click();
	await page.getByRole('button', { name: 'Présenter', exact: true }).click();
	const bar = page.getByRole('toolbar', { name: 'Présentation' });
	await expect(bar.getByRole('button', { name: 'Quitter (Échap)' })).toBeInViewport({ ratio: 1 });
	await expect(bar.getByRole('button', { name: 'Vue présentateur' })).toBeHidden();
	await bar.getByRole('button', { name: 'Quitter (Échap)' }).click();
	await expect(bar).toBeHidden();
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test.describe('presenting on a phone', () => {
	test.use(TOUCH_PHONE);

	test('the slide ends where the slide bar, on two rows, begins: its foot is not under the bar', async ({
		page,
		watch
	}) => {
		await page.goto('/presentation/');
		await page.getByRole('button', { name: 'Ajouter « Ce que la salle a dit »' }).click();
		await page.goto('/');
		await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
		await expect(page.getByRole('button', { name: /^\+ Diapo/ })).toBeEnabled();
		await page.getByRole('button', { name: /^\+ Diapo/ }).click();
		await page.goto('/presentation/');
		await page.getByRole('button', { name: 'Présenter', exact: true }).click();
		const bar = page.getByRole('toolbar', { name: 'Présentation' });
		await expect(bar).toBeVisible();
		const edges = async (slide: string) =>
			page.evaluate((selector) => {
				const b = document.querySelector('.present-bar')!.getBoundingClientRect();
				return {
					bar: b.height,
					barTop: b.top,
					slideBottom: document.querySelector(selector)!.getBoundingClientRect().bottom
				};
			}, slide);
		// The room's slide first (a panel over the page), then the map's (the page itself). The bar
		// can be there a moment before the slide (CI measured before it, once, and found none).
		await expect(page.getByTestId('room-slide')).toBeVisible();
		const room = await edges('[data-testid="room-slide"]');
		// Two rows on a phone's width with a finger's buttons: more than the 2,4rem once reserved.
		expect(room.bar).toBeGreaterThan(2.4 * 16 + 10);
		expect(room.slideBottom).toBeLessThanOrEqual(room.barTop + 0.5);
		// One column: the map, its key and caption, then the latest problems, one under the other
		// (the map's row once shrank to nothing, and the map lay over the list).
		await expect(page.getByTestId('circle-key')).toBeVisible({ timeout: 30_000 });
		const column = await page.evaluate(() => {
			const box = (s: string) =>
				document.querySelector(`[data-testid="room-slide"] ${s}`)!.getBoundingClientRect();
			const [map, caption, latest] = [box('svg[role="img"]'), box('figcaption'), box('.latest')];
			return {
				mapHeight: map.height,
				gap: caption.top - map.bottom,
				next: latest.top - caption.bottom
			};
		});
		expect(column.mapHeight).toBeGreaterThan(300);
		expect(column.gap).toBeGreaterThanOrEqual(0);
		expect(column.next).toBeGreaterThanOrEqual(0);
		await bar.getByRole('button', { name: 'Diapositive suivante' }).click();
		await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
		const map = await edges('.shell');
		expect(map.slideBottom).toBeLessThanOrEqual(map.barTop + 0.5);
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});
