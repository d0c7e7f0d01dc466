/**
 * Imports and exports on /ateliers in Debian's Chromium against the built site: report with line
 * numbers, commune choices never guessed, idempotent re-import, refusal, column mapping, CSV,
 * and a second tab refreshed through the BroadcastChannel.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { chooseCsv, CSV_HEADER, openAteliers } from './ateliers-helpers';
import { expect, outsideRequests, test } from './fixtures';

const list = (page: Page) => page.getByTestId('problem');

const CSV = [
	'Date du forum;Lieu;Forum n°;Thème;Sujets;Publics;Communes;Description;Poids',
	'13/03/2025;Alès;1;jeunesse;mobilité;jeunes 16–25 ans;Alès;Pas de bus le dimanche;3',
	'13/03/2025;Alès;1;jeunesse;logement;;Sant-Jean-du-Gard;Logements saisonniers trop chers;2',
	'13/03/2025;Alès;1;jeunesse;;;Anduze;;1'
].join('\r\n');

/** Chooses a file in the import panel; `pick` answers the commune choice of line 3. */
async function importCsv(page: Page, pick: boolean): Promise<void> {
	const file = { name: 'forum-1.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') };
	await page.locator('#import-file').setInputFiles(file);
	const report = page.getByTestId('import-report');
	await expect(report).toContainText('Lignes rejetées (1)');
	await expect(report).toContainText(/Ligne 4\s:\sdescription vide/);
	await expect(report).toContainText('Lignes en attente d’un choix de commune (1)');
	await expect(report).toContainText('Ligne 3');
	const choice = report.getByLabel(/Ligne 3\s:\s«\sSant-Jean-du-Gard\s»/);
	// Never guessed: nothing is chosen until the user picks a suggestion.
	await expect(choice).toHaveValue('');
	if (pick) await choice.selectOption({ label: 'Saint-Jean-du-Gard' });
	await report.getByRole('button', { name: 'Importer', exact: true }).click();
}

test('a long report: the choices and « Importer » come first, the lines a hundred at a time, the counts follow the choices', async ({
	page,
	watch
}) => {
	await openAteliers(page);
	// Lines 2–251: 250 lines with a date that does not exist; 252–254: one commune text to choose;
	// 255: a good line. By hand: 254 lines read, 1 ready and 3 waiting, then 4 ready.
	await chooseCsv(page, 'long.csv', [
		CSV_HEADER,
		...Array.from(
			{ length: 250 },
			(_, i) => `31/02/2022;Alès;1;jeunesse;;;Alès;Problème ${i + 1} (exemple fictif);1`
		),
		...[1, 2, 3].map(
			(i) => `13/03/2025;Alès;1;jeunesse;;;Sant-Jean-du-Gard;Bus n° ${i} (exemple fictif);1`
		),
		'13/03/2025;Alès;1;jeunesse;;;Anduze;Pas de local (exemple fictif);1'
	]);
	const report = page.getByTestId('import-report');
	const counts = report.getByTestId('import-counts');
	await expect(counts).toHaveText(
		'« long.csv » : 254 lignes lues, 1 prête à importer, 3 en attente d’un choix de commune.'
	);
	await expect(report).toContainText('Lignes rejetées (250)');
	const rejected = report.locator('li', { hasText: /^Ligne \d+\s:\sdate du forum/ });
	await expect(rejected).toHaveCount(100);
	await expect(rejected.first()).toContainText('Ligne 2 : date du forum « 31/02/2022 »');
	// The button to import sits above the lines, however many there are.
	const importer = report.getByRole('button', { name: 'Importer', exact: true });
	const top = async (l: typeof importer) => (await l.boundingBox())!.y;
	expect(await top(importer)).toBeLessThan(await top(rejected.first()));
	await expect(report).toContainText('100 lignes affichées sur 250.');
	await report.getByRole('button', { name: 'Afficher les 100 suivantes' }).click();
	await expect(rejected).toHaveCount(200);
	await report.getByRole('button', { name: 'Afficher les 50 suivantes' }).click();
	await expect(rejected).toHaveCount(250);
	await expect(rejected.last()).toContainText('Ligne 251 :');
	await expect(report.getByRole('button', { name: /^Afficher les/ })).toHaveCount(0);

	await report
		.getByLabel('Lignes 252, 253 et 254 : « Sant-Jean-du-Gard » correspond à')
		.selectOption({ label: 'Saint-Jean-du-Gard' });
	await expect(counts).toHaveText('« long.csv » : 254 lignes lues, 4 prêtes à importer.');
	await importer.click();
	await expect(page.getByTestId('import-summary')).toContainText('4 ajoutées,');
	await expect(
		report.getByRole('button', { name: /^Télécharger les 250 lignes non importées/ })
	).toBeVisible();
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('one commune text written on several lines is chosen once, for all of them', async ({
	page,
	watch
}) => {
	await openAteliers(page);
	await chooseCsv(page, 'forum-3.csv', [
		CSV_HEADER,
		'13/03/2025;Alès;1;jeunesse;;;Sant-Jean-du-Gard;Pas de bus le soir;1',
		'13/03/2025;Alès;1;jeunesse;;;Sant-Jean-du-Gard;Logements trop chers;1',
		'13/03/2025;Alès;1;jeunesse;;;Sant-Jean-du-Gard;Pas de local pour les jeunes;1'
	]);
	const report = page.getByTestId('import-report');
	// Lines 2 to 4 (line 1 is the header): one list for the three.
	await expect(report.locator('select')).toHaveCount(1);
	const choice = report.getByLabel('Lignes 2, 3 et 4 : « Sant-Jean-du-Gard » correspond à');
	await expect(choice).toHaveValue(''); // never guessed
	await choice.selectOption({ label: 'Saint-Jean-du-Gard' });
	await report.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(page.getByTestId('import-summary')).toContainText('3 ajoutées,');
	await expect(list(page)).toHaveCount(3);
	await expect(list(page).filter({ hasText: 'Saint-Jean-du-Gard' })).toHaveCount(3);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('an import reports bad lines, keeps the valid ones, and a second import adds nothing', async ({
	page,
	watch
}) => {
	await openAteliers(page);
	await importCsv(page, true);
	await expect(page.getByTestId('import-summary')).toContainText('2 ajoutées,');
	await expect(list(page)).toHaveCount(2);
	await expect(page.getByTestId('example-banner')).toHaveCount(0);
	await expect(list(page).filter({ hasText: 'Logements saisonniers' })).toContainText(
		'Saint-Jean-du-Gard'
	);
	await importCsv(page, true);
	await expect(page.getByTestId('import-summary')).toContainText(
		'0 ajoutée, 2 déjà présentes à l’identique'
	);
	await expect(list(page)).toHaveCount(2);

	// A refused file leaves what is stored untouched.
	const empty = { name: 'vide.csv', mimeType: 'text/csv', buffer: Buffer.from('') };
	await page.locator('#import-file').setInputFiles(empty);
	await expect(page.getByTestId('import-status')).toContainText('vide');
	await expect(list(page)).toHaveCount(2);

	// The CSV export is French Excel's: BOM, semicolons, JJ/MM/AAAA.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'CSV pour Excel' }).click();
	const text = await (await (await download).createReadStream()).toArray();
	const csv = Buffer.concat(text).toString('utf8');
	expect(csv.startsWith('\uFEFFIdentifiant;Date du forum;')).toBe(true);
	expect(csv).toContain('13/03/2025');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('unknown column names lead to a mapping step', async ({ page }) => {
	await openAteliers(page);
	const csv = 'Quand;Atelier;Où;Constat relevé\n13/03/2025;jeunesse;Alès;Pas de bus le soir\n';
	const file = { name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };
	await page.locator('#import-file').setInputFiles(file);
	const mapping = page.getByTestId('import-mapping');
	await expect(mapping).toContainText('Colonnes à associer');
	await mapping.getByLabel('Date du forum (obligatoire)').selectOption({ label: 'Quand' });
	await mapping.getByLabel('Communes (obligatoire)').selectOption({ label: 'Où' });
	await mapping.getByLabel('Description (obligatoire)').selectOption({ label: 'Constat relevé' });
	await mapping.getByRole('button', { name: /Lire le fichier/ }).click();
	await page
		.getByTestId('import-report')
		.getByRole('button', { name: 'Importer', exact: true })
		.click();
	await expect(page.getByTestId('import-summary')).toContainText('1 ajoutée,');
	await expect(list(page)).toContainText('Pas de bus le soir');
});

test('the import report has no serious or critical accessibility violation', async ({ page }) => {
	await openAteliers(page);
	const file = { name: 'forum-1.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') };
	await page.locator('#import-file').setInputFiles(file);
	await expect(page.getByTestId('import-report')).toBeVisible();
	const { violations } = await new AxeBuilder({ page }).analyze();
	const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('a second tab sees an import made in the first without a reload', async ({ page }) => {
	await openAteliers(page);
	const other = await page.context().newPage();
	await openAteliers(other);
	await expect(other.getByTestId('example-banner')).toBeVisible();
	const file = { name: 'forum-1.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') };
	await page.locator('#import-file').setInputFiles(file);
	await page.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(list(page)).toHaveCount(1);
	await expect(list(other)).toHaveCount(1);
	await expect(list(other)).toContainText('Pas de bus le dimanche');
});

test('lines that become one problem once their commune is chosen: one imported, the other said', async ({
	page,
	watch
}) => {
	await openAteliers(page);
	// Three lines name Alès and « Sant-Jean-du-Gard », with weights 2, 2 and 5. Once
	// Saint-Jean-du-Gard is chosen (or left out), they are one problem: line 2 is imported,
	// line 3 (identical) once, and line 4 (another weight) not, for nothing to be overwritten.
	const row = (weight: number) =>
		`13/03/2025;Alès;1;jeunesse;;;Alès | Sant-Jean-du-Gard;Pas de bus le dimanche;${weight}`;
	await chooseCsv(page, 'forum-4.csv', [CSV_HEADER, row(2), row(2), row(5)]);
	const report = page.getByTestId('import-report');
	await expect(report.getByTestId('import-counts')).toContainText(
		'3 lignes lues, 1 prête à importer.'
	);
	await report
		.getByLabel('Lignes 2, 3 et 4 : « Sant-Jean-du-Gard » correspond à')
		.selectOption({ label: 'Saint-Jean-du-Gard' });
	await expect(report.getByTestId('import-counts')).toContainText(
		'3 lignes lues, 1 prête à importer.'
	);
	await expect(report).toContainText('Ligne 3 : identique à la ligne 2 : importée une seule fois');
	await expect(report).toContainText(
		'Ligne 4 : même problématique que la ligne 2 (même forum, thème, description et communes), avec d’autres valeurs : ligne non importée'
	);
	await report.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(page.getByTestId('import-summary')).toContainText(
		'1 ajoutée, 0 déjà présente à l’identique, 0 mise à jour, 0 conflit, 1 ligne non importée.'
	);
	await expect(list(page)).toHaveCount(1);
	await expect(list(page).first()).toContainText('Saint-Jean-du-Gard');
	// The report stays, with both lines, and line 4 is in the download.
	await expect(report).toContainText('Ligne 3 : identique à la ligne 2');
	await expect(report).toContainText('Ligne 4 : même problématique que la ligne 2');
	const download = page.waitForEvent('download');
	await report.getByTestId('download-rejected').click();
	const chunks = await (await (await download).createReadStream()).toArray();
	const lines = Buffer.concat(chunks).toString('utf8').split('\r\n');
	expect(lines[1]).toMatch(/^4;"?même problématique que la ligne 2 /);
	expect(lines[1]).toMatch(/;Alès \| Sant-Jean-du-Gard;Pas de bus le dimanche;5$/);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a messy file: the report stays after « Importer » and the rejected lines download as CSV', async ({
	page,
	watch
}) => {
	await openAteliers(page);
	// Line 3 opens a quote never closed (line 4, a repeated header, must not be swallowed);
	// line 5 has 7 values for 6 columns; line 7 two faults (no such date, a weight in words);
	// lines 2 and 6 are sound.
	const messy = [
		'Date du forum;Thème;Sujets;Communes;Description;Poids',
		'13/03/2025;jeunesse;transport;Alès;Pas de bus le dimanche;3',
		'13/03/2025;jeunesse;;Anduze;"Locaux trop petits;1',
		'Date du forum;Thème;Sujets;Communes;Description;Poids',
		'13/03/2025;vie associative;;Vézénobres;Manque de bénévoles;2;Mialet',
		'13/03/2025;vie associative;;Mialet;Pas de salle pour les clubs;1',
		'32/13/2025;jeunesse;;Mialet;Pas de local;beaucoup'
	].join('\r\n');
	const file = { name: 'forum-2.csv', mimeType: 'text/csv', buffer: Buffer.from(messy, 'utf8') };
	await page.locator('#import-file').setInputFiles(file);
	const report = page.getByTestId('import-report');
	// Three lines, not four reasons: line 7 is listed once, with both.
	await expect(report).toContainText('Lignes rejetées (3)');
	const line7 = report.getByRole('listitem').filter({ hasText: /^Ligne 7\s:/ });
	await expect(line7).toHaveCount(1);
	await expect(line7).toHaveText(
		/^Ligne 7\s:\sdate du forum .+\s;\spoids\s«\sbeaucoup\s»\sillisible\s:\sindiquez un nombre entier \(1 ou plus\)$/
	);
	await report.getByRole('button', { name: 'Importer', exact: true }).click();
	// 2 problems added (lines 2 and 6), 3 lines not imported (3, 5 and 7).
	await expect(page.getByTestId('import-summary')).toContainText(
		'2 ajoutées, 0 déjà présente à l’identique, 0 mise à jour, 0 conflit, 3 lignes non importées'
	);
	await expect(list(page)).toHaveCount(2);
	// The report is still there, read only, with every reason.
	await expect(report).toContainText('Rapport d’import');
	await expect(report).toContainText(
		'Ligne 3 : guillemet (") ouvert dans la colonne « Description »'
	);
	await expect(report).toContainText('Ligne 4 : ligne d’en-tête répétée');
	await expect(report).toContainText(
		'Ligne 5 : 7 valeurs pour 6 colonnes d’en-tête (en trop : « Mialet »)'
	);
	await expect(report).toContainText('Ligne 2 : sujet « transport » enregistré comme « mobilité »');
	await expect(report.getByRole('button', { name: 'Importer', exact: true })).toHaveCount(0);

	const download = page.waitForEvent('download');
	await report.getByTestId('download-rejected').click();
	const saved = await download;
	expect(saved.suggestedFilename()).toBe('forum-2-lignes-non-importees.csv');
	const chunks = await (await saved.createReadStream()).toArray();
	const lines = Buffer.concat(chunks).toString('utf8').split('\r\n');
	expect(lines[0]).toBe(
		'\uFEFFLigne;Motif;Date du forum;Thème;Sujets;Communes;Description;Poids;colonne 7'
	);
	expect(lines[1]).toMatch(/^3;"guillemet \(""\) ouvert dans la colonne « Description »/);
	expect(lines[1]).toMatch(/;13\/03\/2025;jeunesse;;Anduze;"""Locaux trop petits";1;$/);
	expect(lines[2]).toMatch(/^5;7 valeurs pour 6 colonnes/);
	expect(lines[2]).toMatch(
		/;13\/03\/2025;vie associative;;Vézénobres;Manque de bénévoles;2;Mialet$/
	);
	// Its two reasons in one cell, quoted: they hold the file's separator « ; ».
	expect(lines[3]).toMatch(
		/^7;"date du forum .+ ; poids « beaucoup » illisible[^"]*";32\/13\/2025;jeunesse;;Mialet;Pas de local;beaucoup;$/
	);
	expect(lines.slice(4)).toEqual(['']);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
