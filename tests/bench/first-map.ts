/** The first coloured map of the benchmark's app run (issue 10). */
import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * When the coloured map is first on screen: the SVG choropleth and its legend come in the HTML,
 * so it is the later of the first contentful paint and the legend text's render time (Element
 * Timing; SVG shapes themselves are not reported by it). With the bytes loaded by then: the HTML,
 * then the CSS and JavaScript files whose response ended before that paint (gzip -9 of each).
 */
export async function firstVisible(page: Page, build: string) {
	const t = await page.evaluate(
		() =>
			new Promise<{ at: number; files: string[] }>((resolve) => {
				new PerformanceObserver((list) => {
					const legend = list.getEntries()[0] as PerformanceEntry & { renderTime: number };
					const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
					const at = Math.max(fcp, legend.renderTime);
					const files = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
						.filter((e) => e.responseEnd <= at && /\.(m?js|css)(\?|$)/.test(e.name))
						.map((e) => new URL(e.name).pathname);
					resolve({ at, files });
				}).observe({ type: 'element', buffered: true });
			})
	);
	const bytes = ['/index.html', ...t.files].reduce((sum, p) => {
		const f = path.join(build, p);
		return sum + (existsSync(f) ? gzipSync(readFileSync(f), { level: 9 }).length : 0);
	}, 0);
	return { at: t.at, gzipKb: bytes / 1024 };
}
