/**
 * The concentrations page in Chromium against the built site: the LISA cluster map reaches
 * "ready", the seed and the threshold drive it, the same seed gives the same map, and nothing
 * leaves localhost.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, followLink, outsideRequests, test, sharedPage } from './fixtures';

const map = (page: Page) => page.getByTestId('cluster-map');

/** Waits until the map shows the current results, then returns its classes. */
async function readyClusters(page: Page): Promise<string> {
	await expect(map(page)).toHaveAttribute('data-state', 'ready');
	return (await map(page).getAttribute('data-clusters')) ?? '';
}

/** Number of communes in a significant class (codes 1 to 4) in a `data-clusters` string. */
const significant = (clusters: string) =>
	clusters.split(',').filter((p) => /:[1-4]$/.test(p)).length;

/** Unfolds « Réglages avancés » (neighbours, permutations, seed), folded by default. */
async function openAdvanced(page: Page): Promise<void> {
	const details = page.locator('details.advanced');
	if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

async function setSeed(page: Page, seed: number): Promise<void> {
	await openAdvanced(page);
	await page.getByTestId('seed').fill(String(seed));
	await page.getByTestId('seed').press('Enter');
	await page.getByTestId('seed').blur();
	await expect(map(page)).toHaveAttribute('data-seed', String(seed));
}

/** Follows a link to the bare page (if its address has parameters): the default settings. */
async function backToDefaults(page: Page): Promise<void> {
	if (new URL(page.url()).search !== '') await followLink(page, '/concentrations/');
	await expect.poll(() => new URL(page.url()).search).toBe('');
}

test.describe('one page load: the cluster map, seed and threshold, the other views, smoothing and workshops', () => {
	const shared = sharedPage();

	test.beforeAll(async () => {
		const { page } = shared;
		// Four checks of /concentrations/ on one load (each was a test with its own load); between
		// them a link to the bare page brings its default settings back.
		await page.goto('/concentrations/');
	});

	test('paints the LISA cluster map of the needs index, locally and without errors', async () => {
		const { page, watch } = shared;
		const clusters = await readyClusters(page);
		// One class per territory commune, as code:class.
		expect(clusters.split(',')).toHaveLength(71);
		expect(clusters).toMatch(/^30\d{3}:\d(,30\d{3}:\d)*$/);
		await expect(page.getByTestId('moran')).toContainText('I de Moran =');
		await expect(page.getByTestId('index-formula')).toContainText('Indice = (');
		await expect(page.getByTestId('results-table').locator('tbody tr')).toHaveCount(71);
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('same seed, same map; the threshold and the correction update it', async () => {
		const { page, watch } = shared;
		// The technical settings are folded away by default.
		await expect(page.getByLabel('Permutations')).toBeHidden();
		await openAdvanced(page);
		// 99 permutations: the smallest p-value is 0,01, so p ≤ 0,001 and Bonferroni (0,05 / 71)
		// leave fewer significant communes than p ≤ 0,05, and each run stays cheap (9 999 permutations
		// three times over took a minute on a loaded CI machine).
		await page.getByLabel('Permutations').selectOption('99');
		await expect(page.locator('p', { hasText: 'LISA calculé en' })).toContainText(
			'(99 permutations, graine'
		);
		// The planners' terms said in words beside the counts: permutations, seed, corrections.
		await expect(page.locator('p', { hasText: 'LISA calculé en' })).toContainText(
			'la même graine redonne le même tirage'
		);
		await expect(page.getByTestId('significance-help')).toContainText(
			'le taux de fausses découvertes (FDR) en garde peu parmi les communes retenues'
		);
		const first = await readyClusters(page);
		await setSeed(page, 7);
		const other = await readyClusters(page);
		await setSeed(page, 12345);
		expect(await readyClusters(page)).toBe(first);
		expect(other.split(',')).toHaveLength(71);

		const at05 = significant(first);
		expect(at05).toBeGreaterThan(0);
		// The page opens on its result in one sentence; without correction (the default) its count is
		// the map's.
		const headline = page.getByTestId('headline');
		await expect(headline).toContainText('« Indice de besoins »');
		await expect(headline).toContainText(`${at05} commune`);
		// … and how many of them the false discovery rate keeps, as the planners' table counts them
		// (the diagnostic's own count): « 10 communes » was read alone, none surviving it.
		const fdr = Number(
			await page
				.getByTestId('significance-counts')
				.locator('td[data-alpha="0.05"][data-correction="fdr"]')
				.textContent()
		);
		await expect(headline).toContainText(
			fdr === 0
				? 'aucune ne reste après correction (taux de fausses découvertes)'
				: fdr === at05
					? 'toutes restent après correction'
					: `${fdr} commune${fdr === 1 ? ' reste' : 's restent'} après correction`
		);
		// The needs index is never smoothed: the page no longer says small communes' rates are.
		await expect(page.getByTestId('small-numbers')).toHaveText(
			/sont signalées\. Les valeurs ne sont pas lissées ici\.$/
		);
		await page.getByTestId('alpha').selectOption('0.001');
		await expect.poll(async () => significant(await readyClusters(page))).toBeLessThan(at05);
		await page.getByTestId('alpha').selectOption('0.05');
		await expect.poll(() => readyClusters(page)).toBe(first);
		await page.getByTestId('correction').selectOption('bonferroni');
		// 1 / (99 + 1) = 0,01 > 0,05 / 71: the page says why Bonferroni leaves nothing here.
		await expect(page.getByText('Avec 99 permutations, la plus petite valeur p')).toBeAttached();
		await expect.poll(async () => significant(await readyClusters(page))).toBeLessThan(at05);
		expect(watch.errors).toEqual([]);
	});

	test('the other views paint, a commune shows its neighbours, and axe finds nothing serious', async () => {
		const { page, watch } = shared;
		// The page's defaults again, through a link to the bare page.
		await backToDefaults(page);
		await readyClusters(page);
		for (const name of ['Significativité', 'Points chauds Gi*', 'Indice']) {
			await page.getByRole('button', { name, exact: true }).click();
			await expect(map(page)).toHaveAttribute('data-state', 'ready');
			await expect(page.getByTestId('concentration-legend')).toBeVisible();
		}
		// The key names the neighbours' outline only once a commune is chosen (they are outlined).
		const neighboursKey = page
			.getByTestId('concentration-legend')
			.getByText('Voisines de la commune choisie');
		await expect(neighboursKey).toHaveCount(0);
		await page.getByTestId('results-table').locator('tr[data-code="30007"] button').click();
		await expect(neighboursKey).toBeVisible();
		const detail = page.getByTestId('commune-detail');
		await expect(detail).toContainText('Alès');
		await expect(detail).toContainText(/\d+ voisines/);
		await expect(detail.locator('svg')).toBeVisible();
		const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
		const serious = results.violations.filter(
			(v) => v.impact === 'serious' || v.impact === 'critical'
		);
		expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('a rate can be smoothed, and the workshops can enter the index', async () => {
		const { page, watch } = shared;
		// The page's defaults again, through a link to the bare page.
		await backToDefaults(page);
		await readyClusters(page);
		await page.getByLabel('Variable étudiée').selectOption('chomage_15_24');
		// What the page says of small communes follows the box: not smoothed, then smoothed.
		const smallNumbers = page.getByTestId('small-numbers');
		await expect(smallNumbers).toContainText(
			'Les valeurs ne sont pas lissées ici. La case « Lisser le taux » les lisse'
		);
		await page.getByLabel('Lisser le taux (bayésien empirique)').check();
		await page.getByRole('button', { name: 'Valeur', exact: true }).click();
		await expect(page.getByTestId('concentration-legend')).toContainText('(lissé)');
		await expect(smallNumbers).toContainText('Ici, la variable étudiée est lissée');
		await expect(map(page)).toHaveAttribute('data-state', 'ready');
		await page.getByLabel('Variable étudiée').selectOption('index');
		await page.getByLabel('Problématiques des ateliers : poids (0 = sans)').fill('2');
		await expect(page.getByTestId('index-formula')).toContainText('problématiques des ateliers');
		await expect(map(page)).toHaveAttribute('data-state', 'ready');
		// Counted by the map's SQL, « écartée » left out. By hand in data/problemes-exemple-fictif.csv,
		// La Grand-Combe's « petite enfance et enfance » problems are lines 16 (8), 17 (5) and 20 (6),
		// none « écartée »: 19 mentions for its 4 837 inhabitants (rp22_pop in commune_values.csv).
		const statuses = page.getByTestId('status-filter');
		await expect(statuses).toContainText('Statuts comptés');
		await expect(statuses.getByLabel('écartée')).not.toBeChecked();
		const grandCombe = () =>
			page.evaluate(() => {
				type C = { codes: string[]; workshop: { values: { values: (number | null)[] } | null } };
				const c = (window as unknown as { concentrations: C }).concentrations;
				return c.workshop.values?.values[c.codes.indexOf('30132')] ?? null;
			});
		expect(await grandCombe()).toBeCloseTo((19 / 4837) * 1000, 10);
		await statuses.getByLabel('écartée').check();
		await expect
			.poll(() => new URL(page.url()).searchParams.get('statuts'))
			.toBe('nouvelle,retenue,ecartee');
		await expect(page.getByTestId('index-formula')).toContainText('problématiques des ateliers');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('the results table’s header, stuck, hides the rows up to the column’s top; on a phone its caption is as wide as the cards', async () => {
		const { page, watch } = shared;
		const table = page.getByTestId('results-table');
		await expect(table.locator('tbody tr')).toHaveCount(71);
		// Scrolled past the table's top, its header sticks: the rows went on showing in the
		// column's top padding, above it (9,6 px).
		const gap = await table.evaluate((t) => {
			const column = t.closest('main')!;
			column.scrollTop += t.getBoundingClientRect().top - column.getBoundingClientRect().top + 300;
			const th = t.querySelector('thead th')!.getBoundingClientRect();
			return th.top - (column.getBoundingClientRect().top + column.clientTop);
		});
		expect(Math.abs(gap)).toBeLessThan(1);
		// On a phone each commune is a card: the caption was laid out as narrow as its longest word.
		await page.setViewportSize({ width: 390, height: 844 });
		const widths = await table.evaluate((t) => ({
			caption: t.querySelector('caption')!.getBoundingClientRect().width,
			table: t.getBoundingClientRect().width
		}));
		await page.setViewportSize({ width: 1400, height: 900 });
		expect(widths.caption).toBeGreaterThan(widths.table - 2);
		expect(watch.errors).toEqual([]);
	});
});

test('a link reopens the same view: seed, permutations and map view come from the URL', async ({
	page
}) => {
	await page.goto('/concentrations/?vue=significance&permutations=9999&graine=7');
	const map = page.getByTestId('cluster-map');
	await expect(map).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await expect(map).toHaveAttribute('data-seed', '7');
	await expect(page.getByLabel('Permutations')).toHaveValue('9999');
	// A link that sets the technical settings shows them unfolded.
	await expect(page.getByLabel('Permutations')).toBeVisible();
	// Changing a setting writes it back into the address, ready to be shared.
	await page.getByTestId('alpha').selectOption('0.01');
	await expect.poll(() => new URL(page.url()).searchParams.get('seuil')).toBe('0.01');
	expect(new URL(page.url()).searchParams.get('graine')).toBe('7');
});

test('the communes missing an indicator are said with what became of them, and where to find them', async ({
	page,
	watch
}) => {
	await page.goto('/concentrations/?theme=jeunesse');
	// Beside a legend counting « Valeur manquante », the note says their index rests on the
	// indicators they have; the words ran into each other (« …valeurs(signalées… »).
	await expect(page.getByText(/sans toutes les valeurs/)).toHaveText(
		/^\d+ communes? sans toutes les valeurs\u00a0: (leur|son) indice est calculé sur les indicateurs connus \(signalées? ⚑ dans le tableau\)\.$/,
		{ useInnerText: true, timeout: 60_000 }
	);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
