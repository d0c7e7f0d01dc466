/** Developer tool: screenshots of a page of the built site (`npx tsx tests/e2e/tools/shot.ts /path out.png`). */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../helpers/chromium';

const [, , route = '/', out = '/tmp/shot.png', action = ''] = process.argv;
const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: CHROMIUM_ARGS
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR' });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
await page.goto(`http://localhost:4173${route}`);
await page
	.locator('[data-state="ready"]')
	.first()
	.waitFor({ timeout: 30000 })
	.catch(() => console.log('no ready state'));
if (action) console.log(await page.evaluate(action));
await page.waitForTimeout(1500);
await page.screenshot({ path: out });
await browser.close();
