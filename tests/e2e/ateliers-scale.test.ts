/**
 * /ateliers at scale, in Debian's Chromium against the built site: the atlas's own CSV export of
 * 20 000 fictional problems (generated here, never committed) is read with a progress bar, then
 * stored; the list shows the right count while keeping only a window of rows in the page. Reopened,
 * the page shows the first checked records while it reads the rest.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { CommuneRef } from '../../src/lib/features/workshops/communes';
import { problemsToCsv } from '../../src/lib/features/workshops/export';
import { BUILT_IN_TAXONOMY } from '../../src/lib/features/workshops/taxonomy';
import { fictionalProblems } from '../fixtures/workshops/generate';
import { openAteliers } from './ateliers-helpers';
import { expect, outsideRequests, test } from './fixtures';

const COUNT = 20_000;
/** The territory's communes as the page reads them (written by `npm run data`). */
const COMMUNES = JSON.parse(readFileSync('static/data/communes-ref.json', 'utf8')) as CommuneRef[];

test('an export of 20 000 problems imports with a progress bar into a windowed list', async ({
	page,
	watch
}) => {
	// 20 000 rows take seconds to read and store; far longer on a loaded 2-core machine.
	test.setTimeout(300_000);
	const problems = fictionalProblems(
		COUNT,
		COMMUNES.map((c) => c.code)
	);
	const csv = problemsToCsv(problems, { communes: COMMUNES, taxonomy: BUILT_IN_TAXONOMY });
	await openAteliers(page);
	// Every text the progress bar shows, recorded in the page (polling could miss a quick one).
	await page.evaluate(() => {
		const seen: string[] = [];
		(window as unknown as { progressSeen: string[] }).progressSeen = seen;
		new MutationObserver(() => {
			const text = document.querySelector('[data-testid="import-progress"]')?.textContent;
			if (text && seen.at(-1) !== text) seen.push(text);
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	await page.locator('#import-file').setInputFiles({
		name: 'export-exemple-fictif.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv, 'utf8')
	});
	const report = page.getByTestId('import-report');
	await expect(report).toContainText(/20\s000 prêtes à importer/, { timeout: 120_000 });
	// The rows were read in slices, the page updated in between: at least one partial count.
	// « 20 000 » is written with a narrow no-break space (fr-FR).
	const seen = await page.evaluate(
		() => (window as unknown as { progressSeen: string[] }).progressSeen
	);
	const partial = seen.filter((t) => /^Lecture des lignes\s:\s[\d\u202f]+ \/ 20\u202f000$/.test(t));
	expect(partial.length, seen.join(' | ')).toBeGreaterThan(1);
	// Past 2 000, the review does not work out the merge again at each choice: it says so.
	await expect(page.getByTestId('import-forecast')).toHaveText(
		'Plus de 2\u202f000 problématiques à importer : ce que « Importer » ajoutera, mettra à jour ou gardera en conflit est dit après l’import, dans son résumé.'
	);
	await report.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(page.getByTestId('import-summary')).toContainText(
		'20\u202f000 ajoutées, 0 déjà présente à l’identique',
		{ timeout: 120_000 }
	);
	await expect(page.getByTestId('problem-count')).toContainText(/^20\u202f000 problématiques/);

	const rows = page.getByTestId('problem');
	// Latest created first: problem n° 20 000 was created last (generate.ts), n° 1 first.
	await expect(rows.first()).toContainText('Problématique n° 20000 (exemple fictif)');
	expect(await rows.count()).toBeLessThan(200);

	const viewport = page.getByRole('region', { name: 'Liste des problématiques' });
	const last = page.getByText('Problématique n° 1 (exemple fictif)', { exact: false });
	// Heights are measured as rows appear, so the end may move once or twice: scroll until shown.
	await expect(async () => {
		await viewport.evaluate((el) => (el.scrollTop = el.scrollHeight));
		await expect(last).toBeInViewport({ timeout: 1000 });
	}).toPass({ timeout: 20_000 });
	expect(await rows.count()).toBeLessThan(200);
	await expect(last.locator('xpath=ancestor::li')).toHaveAttribute('aria-posinset', '20000');

	// Each row's actions are reachable by Tab from the list.
	await viewport.focus();
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveAccessibleName(/^Modifier\s:\sProblématique n° \d+/);

	// Reopened with 20 000 stored: the page opens on the first batch of 2 000 checked records
	// (read-batches.ts) and says how far the reading is, then shows all 20 000.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { loadingSeen: string[] }).loadingSeen = seen;
		new MutationObserver(() => {
			const text = document.querySelector('[data-testid="list-loading"]')?.textContent;
			if (text && seen.at(-1) !== text) seen.push(text.replace(/[ \t\n]+/g, ' ').trim());
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	await page.reload();
	await expect(page.getByTestId('problem-count')).toContainText(/^20\u202f000 problématiques/, {
		timeout: 60_000
	});
	await expect(page.getByTestId('list-loading')).toHaveCount(0);
	const loading = await page.evaluate(
		() => (window as unknown as { loadingSeen: string[] }).loadingSeen
	);
	expect(loading[0], loading.join(' | ')).toMatch(
		/^Lecture du stockage\s:\s2\u202f000 \/ 20\u202f000 problématiques vérifiées/
	);
	await expect(rows.first()).toContainText('Problématique n° 20000 (exemple fictif)');

	const { violations } = await new AxeBuilder({ page }).analyze();
	const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
