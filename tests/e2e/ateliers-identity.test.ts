/**
 * A problem imported without an identifier is known by its content (identity.ts). Two different
 * problems must never be taken for one: descriptions written in another script, or differing by
 * a symbol, used to share an id, and the second import replaced the first without a word. And a
 * file holding one problem twice with other values keeps neither silently. Expected counts are
 * counted by hand from the lines below.
 */
import type { Page } from '@playwright/test';
import { legacyProblemId } from '../../src/lib/features/workshops/identity';
import { chooseCsv, CSV_HEADER, openAteliers } from './ateliers-helpers';
import { expect, followLink, outsideRequests, test } from './fixtures';

const ARABIC_A = 'لا توجد حافلات في المساء';
const ARABIC_B = 'لا يوجد طبيب أطفال';
const line = (description: string, weight = 2) =>
	`13/03/2025;Alès;1;jeunesse;mobilité;;Alès;${description};${weight}`;

const importLines = async (page: Page, name: string, lines: string[]) => {
	await chooseCsv(page, name, [CSV_HEADER, ...lines]);
	const report = page.getByTestId('import-report');
	await report.getByRole('button', { name: 'Importer', exact: true }).click();
	return page.getByTestId('import-summary');
};

/** Runs in the page: every stored record's id and description. */
function storedRecords(): Promise<{ id: string; description: string }[]> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open('atlas-des-besoins-ateliers');
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const get = open.result.transaction('problems').objectStore('problems').getAll();
			get.onsuccess = () => {
				open.result.close();
				resolve(get.result.map((r) => ({ id: r.id, description: r.description })));
			};
			get.onerror = () => reject(get.error);
		};
	});
}

/** Runs in the page: stores record `from` under the id `to` instead (as an older atlas had it). */
function moveRecord(ids: string[]): Promise<void> {
	const [from = '', to = ''] = ids;
	return new Promise((resolve, reject) => {
		const open = indexedDB.open('atlas-des-besoins-ateliers');
		open.onsuccess = () => {
			const tx = open.result.transaction('problems', 'readwrite');
			const store = tx.objectStore('problems');
			const get = store.get(from);
			get.onsuccess = () => {
				store.delete(from);
				store.put({ ...get.result, id: to });
			};
			tx.oncomplete = () => (open.result.close(), resolve());
			tx.onerror = () => reject(tx.error);
		};
		open.onerror = () => reject(open.error);
	});
}

test('descriptions in another script, or differing by a symbol, are different problems', async ({
	page,
	watch
}) => {
	await openAteliers(page);
	// One file: « < 16 ans » and « > 16 ans » are two problems; so are 🚌 and 🚲.
	let summary = await importLines(page, 'symboles.csv', [
		line('Pas de bus pour les < 16 ans'),
		line('Pas de bus pour les > 16 ans'),
		line('Manque de 🚌 le soir'),
		line('Manque de 🚲 le soir')
	]);
	await expect(summary).toContainText('4 ajoutées,');
	// Two files, each with one problem written in Arabic: the second adds, it replaces nothing.
	summary = await importLines(page, 'a.csv', [line(ARABIC_A)]);
	await expect(summary).toContainText('1 ajoutée,');
	summary = await importLines(page, 'b.csv', [line(ARABIC_B)]);
	await expect(summary).toContainText('1 ajoutée,');
	const descriptions = (await page.evaluate(storedRecords)).map((r) => r.description).sort();
	expect(descriptions).toEqual(
		[
			'Pas de bus pour les < 16 ans',
			'Pas de bus pour les > 16 ans',
			'Manque de 🚌 le soir',
			'Manque de 🚲 le soir',
			ARABIC_A,
			ARABIC_B
		].sort()
	);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a problem stored by an older atlas under its former id is found again, not added twice', async ({
	page
}) => {
	await openAteliers(page);
	await expect(await importLines(page, 'a.csv', [line(ARABIC_A)])).toContainText('1 ajoutée,');
	// As an older atlas stored it: the id it derived then (setup only, not an expectation).
	const [stored] = await page.evaluate(storedRecords);
	const former = legacyProblemId({
		forum: { date: '2025-03-13', lieu: 'Alès', numero: 1 },
		theme: 'jeunesse',
		description: ARABIC_A,
		communes: ['30007'],
		wholeTerritory: false
	});
	expect(former).not.toBe(stored!.id);
	await page.evaluate(moveRecord, [stored!.id, former]);
	await openAteliers(page);
	// The same file again: the same problem, found under its former id.
	const summary = await importLines(page, 'a.csv', [line(ARABIC_A)]);
	await expect(summary).toContainText('0 ajoutée, 1 déjà présente à l’identique');
	expect(await page.evaluate(storedRecords)).toEqual([{ id: former, description: ARABIC_A }]);
	// Another problem that shared that former id is added beside it, and changes nothing of it.
	await expect(await importLines(page, 'b.csv', [line(ARABIC_B)])).toContainText('1 ajoutée,');
	const after = await page.evaluate(storedRecords);
	expect(after).toHaveLength(2);
	expect(after).toContainEqual({ id: former, description: ARABIC_A });
});

test('one problem twice in a file with other values: the second line is rejected, said why', async ({
	page
}) => {
	await openAteliers(page);
	await chooseCsv(page, 'deux-poids.csv', [
		CSV_HEADER,
		line('Pas de bus le soir', 2),
		line('Pas de bus le soir', 5),
		line('Pas de bus le soir', 2)
	]);
	const report = page.getByTestId('import-report');
	// Line 3: same problem as line 2, weight 5 instead of 2; line 4: the same as line 2, ignored.
	await expect(report).toContainText('Lignes rejetées (1)');
	await expect(report).toContainText(
		'Ligne 3 : même problématique que la ligne 2 (même forum, thème, description et communes), avec d’autres valeurs'
	);
	await expect(report).toContainText('Ligne 4 : identique à la ligne 2 : importée une seule fois');
	await report.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(page.getByTestId('import-summary')).toContainText('1 ajoutée,');
});

test('a file that replaces a stored problem by its identifier names it, before and after', async ({
	page,
	watch
}) => {
	await openAteliers(page);
	// A row copied in a spreadsheet keeps its « Identifiant »: the second file replaces the first.
	const header = `Identifiant;${CSV_HEADER}`;
	await chooseCsv(page, 'un.csv', [header, `p-copie;${line('Pas de bus le soir')}`]);
	const forecast = page.getByTestId('import-forecast');
	await expect(forecast).toContainText(
		'« Importer » donnera : 1 ajoutée, 0 déjà présente à l’identique, 0 mise à jour, 0 conflit.'
	);
	await page
		.getByTestId('import-report')
		.getByRole('button', { name: 'Importer', exact: true })
		.click();
	await expect(page.getByTestId('import-summary')).toContainText('1 ajoutée,');
	await chooseCsv(page, 'deux.csv', [header, `p-copie;${line('Pas de médecin le samedi')}`]);
	// Before « Importer »: the stored problem it will replace, by name.
	await expect(forecast).toContainText(
		'« Importer » donnera : 0 ajoutée, 0 déjà présente à l’identique, 1 mise à jour, 0 conflit.'
	);
	await expect(forecast).toContainText('la version du fichier remplacera celle de l');
	await expect(forecast.getByRole('listitem')).toHaveText([
		'« Pas de bus le soir » devient « Pas de médecin le samedi »'
	]);
	await page
		.getByTestId('import-report')
		.getByRole('button', { name: 'Importer', exact: true })
		.click();
	await expect(page.getByTestId('import-summary')).toContainText('1 mise à jour');
	await expect(page.getByTestId('import-status')).toContainText(
		'« Pas de bus le soir » devient « Pas de médecin le samedi »'
	);
	// The stored version now differs from its creation (« Modifié le » after « Créé le »): a third
	// version from a file is a conflict, said before « Importer », and the atlas's version stays.
	await chooseCsv(page, 'trois.csv', [header, `p-copie;${line('Pas de pédiatre')}`]);
	await expect(forecast).toContainText(
		'« Importer » donnera : 0 ajoutée, 0 déjà présente à l’identique, 0 mise à jour, 1 conflit.'
	);
	await expect(forecast).toContainText('La version de l’atlas sera gardée');
	await expect(forecast.getByRole('listitem')).toHaveText(['Pas de médecin le samedi']);
	await page
		.getByTestId('import-report')
		.getByRole('button', { name: 'Importer', exact: true })
		.click();
	await expect(page.getByTestId('import-summary')).toContainText('0 mise à jour, 1 conflit');
	expect(outsideRequests(watch.requests)).toEqual([]);
});

test('problems marked « exemple fictif » imported from a file: each page that counts or lists them says so', async ({
	page,
	watch
}) => {
	await openAteliers(page);
	// Two lines of the example (its export keeps « Exemple : oui »), one of the user's own.
	await chooseCsv(page, 'exemple.csv', [
		`${CSV_HEADER};Exemple`,
		`${line('Pas de bus le soir')};oui`,
		`${line('Pas de médecin le samedi')};oui`,
		`${line('Pas de pédiatre')};`
	]);
	await page
		.getByTestId('import-report')
		.getByRole('button', { name: 'Importer', exact: true })
		.click();
	await expect(page.getByTestId('import-summary')).toContainText('3 ajoutées,');
	await page.goto('/?problemes=1');
	const controls = page.getByTestId('problems-controls');
	await expect(controls.getByTestId('example-badge')).toContainText(
		'2 problématiques enregistrées dans ce navigateur sont marquées « exemple fictif » et comptées avec les autres : supprimez-les dans « Ateliers »',
		{ timeout: 30_000 }
	);
	// The printed map says it under its legend.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('svg-legend')).toContainText(
		'2 problématiques enregistrées dans ce navigateur sont marquées « exemple fictif » ; comptées comme les autres'
	);
	await page.emulateMedia({ media: 'screen' });
	// The other pages, followed inside the app (one engine): /croisements counts them too, and
	// says so.
	await followLink(page, '/croisements/');
	await expect(controls).toHaveCount(0); // the map's own badge is gone
	await expect(page.getByTestId('example-badge')).toContainText(
		'2 problématiques enregistrées dans ce navigateur sont marquées « exemple fictif »',
		{ timeout: 30_000 }
	);
	// Alès's portrait lists the three, the two examples each labelled.
	await followLink(page, '/commune/30007/');
	const listed = page.getByTestId('portrait-problems').getByTestId('commune-problems');
	await expect(listed).toContainText('Problématiques des ateliers (3)', { timeout: 30_000 });
	await expect(listed.locator('li', { hasText: 'Pas de bus le soir' })).toContainText(
		'exemple fictif'
	);
	await expect(listed.locator('li', { hasText: 'Pas de pédiatre' })).not.toContainText(
		'exemple fictif'
	);
	await expect(listed.getByTestId('problem-example')).toHaveCount(2);
	// The diagnostic's « Jeunesse » chapter and /concentrations, its workshops weighed in, say it.
	await followLink(page, '/diagnostic/?theme=jeunesse');
	await expect(page.getByTestId('diagnostic-example')).toContainText(
		'2 problématiques enregistrées dans ce navigateur sont marquées « exemple fictif »',
		{ timeout: 30_000 }
	);
	await followLink(page, '/concentrations/?theme=jeunesse&ateliers=1');
	await expect(page.getByTestId('workshop-note')).toContainText(
		'2 problématiques enregistrées dans ce navigateur sont marquées « exemple fictif »',
		{ timeout: 30_000 }
	);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
