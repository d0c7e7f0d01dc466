import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../helpers/chromium';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'fr-FR' });
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
const B = 'http://localhost:4190';
await page.goto(B + '/donnees/');
await page.setInputFiles('#dataset-file', 'tests/fixtures/datasets/caf-eaje-exemple-fictif.csv');
await page.waitForSelector('[data-testid=dataset-report]');
await page.getByLabel('Une commune, un numérateur et un dénominateur').check();
await page.selectOption('#ds-num', 'Nombre de places EAJE');
await page.selectOption('#ds-den', 'Enfants de moins de 3 ans');
await page.fill('#ds-label', 'Places en crèche (exemple fictif)');
await page.selectOption('#ds-theme', 'petite_enfance');
await page.selectOption('#ds-polarity', '-1');
await page.fill('#ds-producer', 'CAF du Gard (exemple fictif)');
console.log(await page.getByTestId('dataset-summary').textContent());
await page.getByRole('button', { name: 'Enregistrer l’indicateur' }).click();
await page.getByText('est ajouté').waitFor({ timeout: 30000 });
const id = 'u_places_en_creche_exemple_fict';
for (const [path, shot] of [
  ['/?indicateur=' + id + '&commune=30007', 'map'],
  ['/comparer/?communes=30007,30284,30294&theme=petite_enfance', 'compare'],
  ['/commune/30007/', 'portrait'],
  ['/concentrations/', 'conc'],
  ['/croisements/?indicateur=' + id, 'cross'],
]) {
  await page.goto(B + path);
  await page.waitForTimeout(9000);
  const body = await page.locator('body').innerText();
  console.log(path, 'mentions:', (body.match(/données importées/g) ?? []).length, body.includes('Places en crèche'));
  await page.screenshot({ path: `/tmp/ds-${shot}.png` });
}
await browser.close();
