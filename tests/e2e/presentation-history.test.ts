/**
 * The browser's history while presenting: Back moves to the slide before, with the slide bar (each
 * slide shown is a new step of history, so there is nothing to go Forward to); a reload in the
 * middle offers to go on at the same slide.
 */
import { expect, outsideRequests, test } from './fixtures';

const DECK = {
	format: 'atlas-presentation',
	version: 1,
	title: 'Forum jeunesse',
	slides: [
		{
			kind: 'view',
			id: 'd-sources',
			title: 'D’où viennent les chiffres',
			notes: '',
			path: '/sources/',
			search: ''
		},
		{
			kind: 'view',
			id: 'd-diag',
			title: 'Diagnostic jeunesse',
			notes: '',
			path: '/diagnostic/jeunesse/',
			search: ''
		},
		{ kind: 'room', id: 'd-salle', title: 'Ce que la salle a dit', notes: '' },
		{
			kind: 'view',
			id: 'd-comp',
			title: 'Trois communes',
			notes: '',
			path: '/comparer/',
			search: '?communes=30007,30132'
		}
	]
};

test('Back moves to the slide before while presenting, and a reload offers to go on at the same slide', async ({
	page,
	watch
}) => {
	await page.goto('/presentation/');
	await page.evaluate((d) => localStorage.setItem('atlas-presentation', JSON.stringify(d)), DECK);
	await page.reload();
	await expect(page.getByTestId('slide')).toHaveCount(4);
	// No presentation under way in this tab: nothing offered.
	await expect(page.getByRole('region', { name: 'Présentation interrompue' })).toHaveCount(0);

	await page.getByRole('button', { name: 'Présenter', exact: true }).click();
	const bar = page.getByRole('toolbar', { name: 'Présentation' });
	await expect(bar).toContainText('1 / 4');
	for (const [n, url] of [
		[2, /\/diagnostic\/jeunesse\/$/],
		[3, /\/diagnostic\/jeunesse\/$/],
		[4, /\/comparer\/\?communes=30007,30132$/]
	] as const) {
		await page.keyboard.press('PageDown');
		await expect(bar).toContainText(`${n} / 4`);
		await expect(page).toHaveURL(url);
	}

	// Back: the slide before (the room's), not the page before with the bar still on « 4 / 4 ».
	await page.goBack({ waitUntil: 'commit' });
	await expect(bar).toContainText('3 / 4');
	await expect(page.getByTestId('room-slide')).toBeVisible();
	await page.goBack({ waitUntil: 'commit' });
	await expect(bar).toContainText('2 / 4');
	await expect(page).toHaveURL(/\/diagnostic\/jeunesse\/$/);
	await expect(page.getByTestId('room-slide')).toBeHidden();
	await page.keyboard.press('PageDown');
	await expect(bar).toContainText('3 / 4');
	await expect(page.getByTestId('room-slide')).toBeVisible();
	// On the first slide, Back stays there: the presentation does not fall back to its editor.
	await page.keyboard.press('Home');
	await expect(bar).toContainText('1 / 4');
	await expect(page).toHaveURL(/\/sources\/$/);
	await page.goBack({ waitUntil: 'commit' });
	await expect(bar).toContainText('1 / 4');
	await expect(page).toHaveURL(/\/sources\/$/);
	await expect(bar).toBeVisible();

	// Two quick Backs (a mouse’s side button pressed twice): two slides back, then it stays there.
	// In one task, in the next (both land before the page has moved) and 120 ms apart (the second
	// lands while the first slide's page loads). Before, SvelteKit undid each Back with
	// `history.go`: a Back during that move was dropped by the browser (one slide), and two in a
	// row moved three slides.
	for (const gap of [null, 0, 120]) {
		await page.keyboard.press('End');
		await expect(bar).toContainText('4 / 4');
		await expect(page).toHaveURL(/\/comparer\/\?communes=30007,30132$/);
		await page.evaluate((ms) => {
			history.back();
			if (ms === null) history.back();
			else setTimeout(() => history.back(), ms);
		}, gap);
		await expect(bar).toContainText('2 / 4');
		await expect(page).toHaveURL(/\/diagnostic\/jeunesse\/$/);
		await expect(page.getByTestId('room-slide')).toBeHidden();
		// The page has read all it reads: nothing moved it since.
		await expect(page.getByTestId('diagnostic-workshops')).toHaveAttribute('data-state', 'ready');
		await expect(bar).toContainText('2 / 4');
		await expect(page).toHaveURL(/\/diagnostic\/jeunesse\/$/);
	}
	await page.keyboard.press('Home');
	await expect(bar).toContainText('1 / 4');

	// A reload on the third slide: the plain page, and an offer to go on there, same timer.
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await expect(bar).toContainText('3 / 4');
	await page.reload();
	await expect(bar).toBeHidden();
	const offer = page.getByRole('region', { name: 'Présentation interrompue' });
	await expect(offer).toContainText('diapositive 3 / 4, « Ce que la salle a dit »');
	const resume = offer.getByRole('button', { name: 'Reprendre la présentation' });
	await expect(resume).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(bar).toContainText('3 / 4');
	await expect(page.getByTestId('room-slide')).toBeVisible();
	await expect(offer).toHaveCount(0);

	// While it waits, the header's search and links stay usable (it lay over them: a click on
	// « Concentrations » landed on it).
	await page.reload();
	await expect(offer).toBeVisible();
	const link = page
		.getByRole('navigation', { name: 'Navigation principale' })
		.getByRole('link', { name: 'Concentrations' });
	const at = (await link.boundingBox())!;
	const hit = await page.evaluate(
		([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.textContent ?? null,
		[at.x + at.width / 2, at.y + at.height / 2]
	);
	expect(hit).toBe('Concentrations');
	// A remote's « next » (PageDown) goes on there too, wherever the focus is.
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.keyboard.press('PageDown');
	await expect(bar).toContainText('3 / 4');
	await expect(offer).toHaveCount(0);
	await page.reload();
	await expect(offer).toBeVisible();
	// Échap is « Non merci »: the offer goes, and a further reload does not bring it back.
	await page.keyboard.press('Escape');
	await expect(offer).toHaveCount(0);
	await page.reload();
	await expect(page.locator('h1')).toBeVisible();
	await expect(offer).toHaveCount(0);

	// Leaving with Échap forgets the slide too: no offer after a reload.
	await page.goto('/presentation/');
	await page.getByRole('button', { name: 'Présenter', exact: true }).click();
	await expect(bar).toContainText('1 / 4');
	await page.keyboard.press('Escape');
	await expect(bar).toBeHidden();
	await page.reload();
	await expect(page.locator('h1')).toBeVisible();
	await expect(offer).toHaveCount(0);

	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
