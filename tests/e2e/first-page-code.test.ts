/**
 * What the first page's HTML loads: every script it names (the framework's modules, which its
 * head script preloads after MapLibre's) is parsed on the main thread that draws the first map.
 * The workshops' store and import code (the browser database, the importer, the bundled example
 * file) belong to the pages and moments that read problems, not to a first visit's start: the
 * header's commune search once pulled them all in (78 kB of the map page's 457 kB of script).
 */
import { expect, test } from './fixtures';

/** Text found only in that code: the database's name, the example file's header and a row. */
const STORE_AND_IMPORT_MARKERS = [
	'atlas-des-besoins-ateliers',
	'Date du forum;Lieu',
	'Places en crèche'
];

for (const path of ['/', '/sources/']) {
	test(`${path}: the scripts its HTML names hold no workshop store or import code`, async ({
		request
	}) => {
		const html = await (await request.get(path)).text();
		const scripts = [...new Set(html.match(/_app\/immutable\/[\w./-]+\.m?js/g) ?? [])];
		// The framework's start, the layout and the page at least: a list that cannot be empty.
		expect(scripts.length).toBeGreaterThan(10);
		const found: string[] = [];
		for (const script of scripts) {
			const code = await (await request.get(`/${script}`)).text();
			expect(code.length, script).toBeGreaterThan(0);
			for (const marker of STORE_AND_IMPORT_MARKERS) {
				if (code.includes(marker)) found.push(`${script}: ${marker}`);
			}
		}
		expect(found).toEqual([]);
	});
}
