/**
 * A damaged or foreign browser store: unreadable records are set aside and reported, the rest of
 * /ateliers (list, export) and the map stay usable; browser storage errors are French.
 */
import { expect, followLink, outsideRequests, test } from './fixtures';
import { openAteliers } from './ateliers-helpers';
import { GOOD, seed } from './store-helpers';

/** Damaged: no deletedAt, and communes written as a text. */
const { deletedAt: _d, ...NO_DELETED_AT } = { ...GOOD, id: 'p-abime', communes: '30007' };

test('a malformed record is set aside and reported; the valid problems stay usable', async ({
	page,
	watch
}) => {
	await page.goto('/sources/');
	const stores = ['problems', 'taxonomy'];
	await page.evaluate(seed, { version: 1, stores, records: [GOOD, NO_DELETED_AT] });
	await openAteliers(page);

	const report = page.getByTestId('invalid-records');
	await expect(report).toContainText(
		'1 enregistrement du stockage du navigateur est illisible : il est mis de côté, sans être modifié ni effacé, et n’est ni affiché ni compté.'
	);
	await expect(report.locator('li')).toHaveText(
		'p-abime : champ « communes » : valeur "30007" non valable ; champ « deletedAt » : absent.'
	);
	await expect(page.getByTestId('problem')).toHaveCount(1);
	await expect(page.getByTestId('problem')).toContainText('Pas de bus le soir');

	const download = page.waitForEvent('download');
	await report
		.getByRole('button', { name: 'Exporter les enregistrements illisibles (JSON)' })
		.click();
	const file = JSON.parse(await (await (await download).createReadStream()).toArray().then(String));
	expect(file.records).toEqual([
		{
			key: 'p-abime',
			reasons: ['champ « communes » : valeur "30007" non valable', 'champ « deletedAt » : absent'],
			record: NO_DELETED_AT
		}
	]);
	const csv = page.waitForEvent('download');
	await page.getByRole('button', { name: 'CSV pour Excel' }).click();
	expect(String(await (await (await csv).createReadStream()).toArray())).toContain(
		'Pas de bus le soir'
	);

	// The map counts the valid problem in Alès' panel and says why one record is left out.
	await page.goto('/?commune=30007&problemes=1');
	await expect(page.getByTestId('commune-problems')).toContainText(
		'Problématiques des ateliers (1)',
		{ timeout: 30_000 }
	);
	// Every page that counts the problems says that one record is left out, and where to find it.
	const leftOut =
		'1 enregistrement du stockage du navigateur est illisible : il est mis de côté, sans être modifié ni effacé, et n’est ni affiché ni compté. Exportez-le depuis la page Ateliers';
	await expect(page.getByTestId('store-notice')).toContainText(leftOut);
	// The other pages, followed inside the app (one engine); each shows its own notice.
	for (const path of ['/croisements/', '/commune/30007/', '/diagnostic/']) {
		const previous = await page.getByTestId('store-notice').elementHandle();
		await followLink(page, path);
		await expect.poll(() => previous!.evaluate((e) => e.isConnected), path).toBe(false);
		await expect(page.getByTestId('store-notice'), path).toContainText(leftOut, {
			timeout: 30_000
		});
	}
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a database from a newer version gives a French message saying what to do', async ({
	page,
	watch
}) => {
	await page.goto('/sources/');
	await page.evaluate(seed, { version: 7, stores: ['problems', 'taxonomy'], records: [GOOD] });
	await page.goto('/ateliers/');
	await expect(page.locator('main[data-state="failed"] [role="alert"]')).toHaveText(
		'Les problématiques de ce navigateur ont été enregistrées par une version plus récente de l’atlas. Ouvrez cette version plus récente (rechargez la page ; si l’atlas est installé hors ligne, fermez tous ses onglets puis rouvrez-le). Rien n’a été modifié ni effacé.'
	);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('an older version open in another tab, holding the database, gives a French message', async ({
	page,
	context,
	watch
}) => {
	await page.goto('/sources/');
	await page.evaluate(seed, { version: 1, stores: ['problems', 'taxonomy'], records: [GOOD] });
	// The other tab: the database opened at version 1 and kept open, as an older atlas does.
	const older = await context.newPage();
	await older.goto('/sources/');
	await older.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('atlas-des-besoins-ateliers', 1);
				open.onsuccess = () => {
					(window as unknown as { held: IDBDatabase }).held = open.result;
					resolve();
				};
				open.onerror = () => reject(open.error);
			})
	);
	await page.goto('/ateliers/');
	await expect(page.locator('main[data-state="failed"] [role="alert"]')).toHaveText(
		'Une version plus ancienne de l’atlas est ouverte dans un autre onglet ou une autre fenêtre, et elle empêche cette version de mettre à jour le stockage. Fermez ou rechargez les autres onglets de l’atlas, puis rechargez cette page : rien de ce qui est enregistré n’est perdu.'
	);
	// A link to the map with its problems, inside the same page: the store's reader waits behind
	// this page's blocked opening, without hearing `blocked` itself; it gives up with a message.
	await followLink(page, '/?problemes=1');
	await expect(page.getByTestId('problems-controls')).toContainText(
		'Le stockage du navigateur ne répond pas : une version plus ancienne de l’atlas, ouverte dans un autre onglet ou une autre fenêtre, le bloque sans doute. Fermez ou rechargez les autres onglets de l’atlas, puis rechargez cette page : rien de ce qui est enregistré n’est perdu.',
		{ timeout: 30_000 }
	);
	// Once that tab is closed, a reload opens the store: the problem is still there.
	await older.close();
	await openAteliers(page);
	await expect(page.getByTestId('problem')).toHaveCount(1);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('another tab deleting the database: the page says to export first, its problems still on screen', async ({
	page,
	context,
	watch
}) => {
	await page.goto('/sources/');
	await page.evaluate(seed, { version: 1, stores: ['problems', 'taxonomy'], records: [GOOD] });
	await openAteliers(page);
	await expect(page.getByTestId('problem')).toHaveCount(1);
	// Another tab deletes the database (as a script or another atlas would): it waits for this
	// page, which keeps its connection and says what to do before the problems are gone.
	const other = await context.newPage();
	await other.goto('/sources/');
	await other.evaluate(() => {
		indexedDB.deleteDatabase('atlas-des-besoins-ateliers');
	});
	const alert = page.locator('main p.error[role="alert"]');
	await expect(alert).toContainText(
		'Une autre page de ce navigateur demande d’effacer ou de remplacer le stockage des problématiques. Exportez vos problématiques maintenant'
	);
	await expect(page.getByTestId('problem')).toHaveCount(1);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a database without its taxonomy store still lists the problems, and says how to repair', async ({
	page,
	watch
}) => {
	await page.goto('/sources/');
	await page.evaluate(seed, { version: 1, stores: ['problems'], records: [GOOD] });
	await openAteliers(page);
	await expect(page.getByTestId('problem')).toHaveCount(1);
	await expect(page.locator('p.error[role="alert"]')).toContainText(
		'Le stockage de ce navigateur est incomplet : la partie qui garde les sujets, publics et thèmes ajoutés est absente'
	);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a full disk on save loses nothing: the draft stays and the message is French', async ({
	page,
	watch
}) => {
	// Every put is refused as the browser does when the disk or the site's quota is full.
	await page.addInitScript(() => {
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await openAteliers(page);
	await page.getByTestId('chips-theme').getByRole('button', { name: 'jeunesse' }).click();
	await page.locator('#description').fill('Pas de salle pour les jeunes le soir');
	await page.getByRole('button', { name: 'Tout le territoire' }).click();
	await page.getByRole('button', { name: /^Enregistrer/ }).click();
	await expect(page.getByText(/^Le disque est plein/)).toBeVisible();
	await expect(page.locator('#description')).toHaveValue('Pas de salle pour les jeunes le soir');
	await expect(page.getByText('The quota has been exceeded.')).toHaveCount(0);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a stored problem naming a commune outside the territory is kept, listed, and said', async ({
	page,
	watch
}) => {
	await page.goto('/sources/');
	const outside = { ...GOOD, id: 'p-ailleurs', communes: ['99999'], description: 'Ailleurs' };
	await page.evaluate(seed, {
		version: 1,
		stores: ['problems', 'taxonomy'],
		records: [GOOD, outside]
	});
	await openAteliers(page);
	await expect(page.getByTestId('problem')).toHaveCount(2);
	await expect(page.getByTestId('unknown-refs')).toHaveText(
		'1 problématique nomme un thème, un sujet, un public ou une commune que l’atlas ne connaît pas (« 99999 ») : elle est gardée telle quelle, affichée avec ces codes, et une commune hors du territoire n’est comptée nulle part sur les cartes. Modifiez-la pour choisir dans les listes.'
	);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
