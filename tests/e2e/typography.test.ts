/**
 * French typography in the pages' own text (`src/build/french-typography.js`): no line break
 * inside « » nor before « : ». On a phone, /sources used to put the closing « » » of « n.d. » alone
 * at the start of a line.
 */
import { expect, outsideRequests, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

test('on a phone, « n.d. » stays whole on /sources (no-break spaces in the prerendered text)', async ({
	page,
	watch
}) => {
	await page.goto('/sources/');
	const intro = page.locator('main p').filter({ hasText: 'jamais 0' });
	const text = (await intro.textContent()) ?? '';
	expect(text).toContain('affichée «\u00a0n.d.\u00a0» avec sa raison');
	// The guillemets are on the line of « n.d. »: one line box for the three, whatever the width.
	const tops = await intro.evaluate((p) => {
		const node = [...p.childNodes].find((n) => n.textContent?.includes('n.d.'))!;
		const at = node.textContent!.indexOf('«');
		const range = document.createRange();
		range.setStart(node, at);
		range.setEnd(node, at + '«\u00a0n.d.\u00a0»'.length);
		return [...range.getClientRects()].map((r) => Math.round(r.top));
	});
	expect(new Set(tops).size).toBe(1);
	expect(outsideRequests(watch.requests)).toEqual([]);
});

test('no ordinary space before « : ; ? ! » nor inside « », and no typewriter apostrophe, in the text of the prerendered pages, script-built strings included', async ({
	page,
	watch
}) => {
	// The diagnostic's sentences and the maps' legends are built in scripts (« Source : Insee »),
	// the portrait's values too; /sources is the methods' text.
	const found: string[] = [];
	for (const path of ['/diagnostic/tous/', '/commune/30007/', '/sources/', '/']) {
		await page.goto(path);
		const bad = await page.evaluate(() => {
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			const out: string[] = [];
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				if (n.parentElement?.closest('pre, code, kbd, samp, textarea, script, style')) continue;
				const text = n.textContent ?? '';
				for (const m of text.matchAll(/.{0,20}(?: [:;?!»]|« ).{0,10}/g)) out.push(m[0]);
				// The typographic apostrophe in the atlas's own French (« l’outil », « n’existe
				// pas »), not the typewriter one; a name as its source writes it keeps its own: a
				// commune's (« Saint-Étienne-de-l'Olm », after a hyphen), a service's (as typed).
				if (n.parentElement?.closest('[data-as-typed]')) continue;
				for (const m of text.matchAll(
					/.{0,20}(?<![-\p{L}])(?:l|d|n|qu|s|j|c|m|t|L|D|N|Qu|S|J|C|M|T|jusqu|lorsqu|puisqu|aujourd)'\p{L}.{0,10}/gu
				))
					out.push(m[0]);
			}
			return out;
		});
		found.push(...bad.map((b) => `${path}: ${b}`));
	}
	expect(found).toEqual([]);
	expect(outsideRequests(watch.requests)).toEqual([]);
});
