/** Keyboard helpers for the /ateliers browser tests. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Opens /ateliers and waits for the stored problems to be read. */
export async function openAteliers(page: Page): Promise<void> {
	await page.goto('/ateliers/');
	await expect(page.locator('main[data-state="ready"]')).toBeVisible();
}

/** The header of the workshops' own CSV files (French Excel: « ; »). */
export const CSV_HEADER =
	'Date du forum;Lieu;Forum n°;Thème;Sujets;Publics;Communes;Description;Poids';

/** Chooses, in /ateliers' import panel, a CSV file `name` holding `lines` (CRLF, UTF-8). */
export async function chooseCsv(page: Page, name: string, lines: readonly string[]): Promise<void> {
	const buffer = Buffer.from(lines.join('\r\n'), 'utf8');
	await page.locator('#import-file').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

/** Presses Tab (or Shift+Tab) until the focused element's text or id matches `target`. */
export async function tabTo(page: Page, target: RegExp, back = false): Promise<void> {
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			return `${el?.id ?? ''} ${el?.textContent?.trim() ?? ''}`;
		});
		if (target.test(focused)) return;
	}
	throw new Error(`Focus never reached ${target}`);
}

/** Types a commune name in the combobox, moves `down` options with ↓, adds it with Entrée. */
export async function addCommune(page: Page, text: string, down = 0): Promise<void> {
	await tabTo(page, /^commune-input/);
	await page.keyboard.type(text);
	await expect(page.getByRole('listbox', { name: 'Communes proposées' })).toBeVisible();
	for (let i = 0; i < down; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
}
