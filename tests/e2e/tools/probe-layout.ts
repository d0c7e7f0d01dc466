/**
 * Developer tool: for each page and screen size, horizontal overflow, whether the legend is in
 * view, and axe's serious or critical violations. Serve the build first (`vite preview`):
 *   PW_PORT=4190 npx tsx tests/e2e/tools/probe-layout.ts [/path ...]
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../helpers/chromium';

const port = Number(process.env.PW_PORT ?? 4173);
const routes = process.argv.slice(2).length
	? process.argv.slice(2)
	: ['/', '/?commune=30007', '/croisements/', '/concentrations/', '/sources/', '/ateliers/'];
const sizes = (process.env.SIZES ?? '390x844,768x1024,1280x720,1366x768')
	.split(',')
	.map((s) => s.split('x').map(Number) as [number, number]);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const route of routes) {
	for (const [width, height] of sizes) {
		const ctx = await browser.newContext({ viewport: { width, height }, locale: 'fr-FR' });
		const page = await ctx.newPage();
		await page.goto(`http://localhost:${port}${route}`);
		await page
			.locator('[data-state="ready"]')
			.first()
			.waitFor({ timeout: 45000 })
			.catch(() => console.log('  (no ready state)'));
		await page.waitForTimeout(800);
		const m = await page.evaluate(() => {
			const doc = document.documentElement;
			const wide = [...document.querySelectorAll('body *')]
				.filter((e) => e.getBoundingClientRect().right > doc.clientWidth + 1)
				.slice(0, 3)
				.map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
			const legend = document.querySelector('[data-testid="legend"], .legend, figure.legend');
			const r = legend?.getBoundingClientRect();
			return {
				overflow: doc.scrollWidth - doc.clientWidth,
				wide,
				legend: r ? `${Math.round(r.top)}–${Math.round(r.bottom)}` : 'none'
			};
		});
		const axe = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
			.analyze();
		const bad = axe.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}(${v.nodes.length}: ${v.nodes[0]?.target.join(' ')})`);
		console.log(
			`${route} ${width}x${height}: overflow ${m.overflow}px ${m.wide.join(' ')} | legend ${m.legend} | axe ${bad.join(', ') || 'ok'}`
		);
		await ctx.close();
	}
}
await browser.close();
