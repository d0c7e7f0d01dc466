/**
 * Chromium keeps only the last `--disable-features` of its command line: the browser tests'
 * switch (tests/helpers/chromium.ts) must carry every feature Playwright disables with its own,
 * which it replaces. Playwright's list is read from the installed Playwright, as it launches.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, OMNIBOX_WEBUI_FEATURES } from '../helpers/chromium';

function playwrightDisabled(): string[] {
	const require = createRequire(import.meta.url);
	const dir = path.dirname(require.resolve('playwright-core/package.json'));
	const source = readFileSync(path.join(dir, 'lib/coreBundle.js'), 'utf8');
	const start = source.indexOf('disabledFeatures = [');
	const end = source.indexOf(']', start);
	return [...source.slice(start, end).matchAll(/^\s*"([A-Za-z0-9]+)"/gm)].map((m) => m[1]!);
}

describe('the browser tests’ Chromium switches', () => {
	const switches = CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features='));
	const ours = switches[0]?.slice('--disable-features='.length).split(',') ?? [];

	it('has one --disable-features, with the omnibox popup’s features', () => {
		expect(switches).toHaveLength(1);
		for (const f of OMNIBOX_WEBUI_FEATURES) expect(ours).toContain(f);
	});

	it('keeps every feature Playwright disables (its switch is replaced by ours)', () => {
		const theirs = playwrightDisabled();
		// As it stood in Playwright 1.65: 16 names, « PaintHolding » among them.
		expect(theirs.length).toBeGreaterThanOrEqual(10);
		expect(theirs).toContain('PaintHolding');
		expect(theirs.filter((f) => !ours.includes(f))).toEqual([]);
	});
});
