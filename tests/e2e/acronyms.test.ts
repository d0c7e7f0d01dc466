/**
 * The acronyms beside the numbers (« RP 2022 » under a rate) are written out where they show and
 * listed on /sources: a maire need not know that « RP » is the census. Read from the prerendered
 * HTML (no script needed for either).
 */
import { expect, outsideRequests, test } from './fixtures';

test('a portrait writes out « RP » and « BPE » beside its figures, and /sources lists every acronym', async ({
	page,
	watch
}) => {
	await page.goto('/commune/30007/');
	const table = page.getByTestId('portrait-indicators');
	// « Part des enfants de 0 à 14 ans »: RP 2022; « Établissements d’accueil du jeune enfant »:
	// BPE 2019, RP 2022 (the catalogue's sources).
	const children = table.locator('tr[data-indicator="part_0_14"] abbr');
	await expect(children).toHaveText(['RP']);
	await expect(children).toHaveAttribute('title', 'recensement de la population de l’Insee');
	const eaje = table.locator('tr[data-indicator="eaje_pour_1000_enfants"] abbr');
	await expect(eaje).toHaveText(['BPE', 'RP']);
	await expect(eaje.first()).toHaveAttribute(
		'title',
		/^base permanente des équipements de l’Insee/
	);
	// The header's population: « (population municipale, RP 2022) ».
	await expect(page.getByTestId('portrait-population').locator('abbr')).toHaveText('RP');
	// Underlined where a mouse can show the meaning; on paper, nothing to hover.
	await expect(children).toHaveCSS('text-decoration-line', 'underline');
	await page.emulateMedia({ media: 'print' });
	await expect(children).toHaveCSS('text-decoration-line', 'none');
	await page.emulateMedia({ media: 'screen' });

	await page.goto('/sources/');
	const glossary = page.getByTestId('acronyms');
	await expect(page.getByRole('heading', { name: 'Sigles' })).toBeVisible();
	// In alphabetical order, each with its meaning.
	const terms = await glossary.locator('dt').allTextContents();
	expect(terms.slice(0, 4)).toEqual(['AAH', 'AEEH', 'ANCT', 'BIT']);
	expect(terms).toContain('QPV');
	await expect(glossary.locator('div', { hasText: /^QPV/ }).locator('dd')).toHaveText(
		'quartier prioritaire de la politique de la ville'
	);
	// Every acronym written out on the portrait is in the list.
	for (const a of ['RP', 'BPE', 'Filosofi', 'DILA', 'ANCT']) expect(terms).toContain(a);
	// The formulas' column names lead to the producer's columns and the file in the project.
	await expect(page.locator('tr#chomage_15_24').getByTestId('column-origins')).toHaveText(
		/^\s*Colonnes\s:\srp22_chom1524\s=\sP22_CHOM1524\s;\srp22_act1524\s=\sP22_ACT1524\.\s+Fichier\s\(dossier\s+data\/sources\/gard du projet\)\s:\s+dossier_complet_extrait_rp2022_communes_gard\.csv\.\s*$/
	);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
