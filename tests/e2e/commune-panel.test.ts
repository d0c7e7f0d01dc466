/** The commune panel: the line saying where the commune's distances start from (issue 7). */
import { expect, openMap, outsideRequests, test } from './fixtures';

test('the panel says where distances start from: the mairie, or a point of the commune', async ({
	page,
	watch
}) => {
	// La Grand-Combe 30132: its DILA mairie lies in the commune.
	await openMap(page, '?commune=30132');
	const line = page.getByTestId('distance-origin');
	await expect(line).toHaveText(
		'Distances mesurées à vol d’oiseau depuis la mairie (annuaire DILA 2016).'
	);
	// Brignon 30053: the directory geocodes its mairie 3.1 km outside (hand check in layers.test.ts).
	await openMap(page, '?commune=30053');
	await expect(line).toContainText('depuis un point de la commune, pas depuis la mairie');
	await expect(line).toContainText('à 3,1\u00a0km hors de la commune');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
