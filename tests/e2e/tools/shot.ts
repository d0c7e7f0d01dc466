/**
 * Developer tool: screenshots of a page of the built site, served by `vite preview`:
 *   npx tsx tests/e2e/tools/shot.ts /path out.png [js-to-evaluate]
 * PW_PORT picks the preview port (4173 by default), SHOT_SIZE the viewport (e.g. 1280x720).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../helpers/chromium';

const [, , route = '/', out = '/tmp/shot.png', action = ''] = process.argv;
const port = Number(process.env.PW_PORT ?? 4173);
const [width = 1400, height = 900] = (process.env.SHOT_SIZE ?? '1400x900').split('x').map(Number);
const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: CHROMIUM_ARGS
});
const page = await browser.newPage({ viewport: { width, height }, locale: 'fr-FR' });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
await page.goto(`http://localhost:${port}${route}`);
await page
	.locator('[data-state="ready"]')
	.first()
	.waitFor({ timeout: 30000 })
	.catch(() => console.log('no ready state'));
if (action) console.log(await page.evaluate(action));
await page.waitForTimeout(1500);
await page.screenshot({ path: out });
await browser.close();
