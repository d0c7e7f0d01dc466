/** The first coloured map of the benchmark's app run (issue 10). */
import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * When the coloured map is first on screen: the SVG choropleth and its legend come in the HTML,
 * so it is the later of the first contentful paint and the legend text's render time (Element
 * Timing; SVG shapes themselves are not reported by it).
 *
 * The bytes that paint needs: the HTML, plus the files the browser holds the first paint for
 * (Resource Timing's `renderBlockingStatus` is `blocking`: the stylesheets; module scripts and
 * preloads never block it), gzip -9 of each. Module preloads run in parallel and may well finish
 * before the paint on a fast link, but the paint does not wait for them: they are reported apart,
 * as `loadedKb` (every CSS or JS file whose response ended before that paint).
 */
export async function firstVisible(page: Page, build: string) {
	const t = await page.evaluate(
		() =>
			new Promise<{ at: number; blocking: string[]; loaded: string[] }>((resolve) => {
				new PerformanceObserver((list) => {
					const legend = list.getEntries()[0] as PerformanceEntry & { renderTime: number };
					const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
					const at = Math.max(fcp, legend.renderTime);
					type Res = PerformanceResourceTiming & { renderBlockingStatus?: string };
					const files = (performance.getEntriesByType('resource') as Res[]).filter((e) =>
						/\.(m?js|css)(\?|$)/.test(e.name)
					);
					const paths = (es: Res[]) => es.map((e) => new URL(e.name).pathname);
					resolve({
						at,
						blocking: paths(files.filter((e) => e.renderBlockingStatus === 'blocking')),
						loaded: paths(files.filter((e) => e.responseEnd <= at))
					});
				}).observe({ type: 'element', buffered: true });
			})
	);
	const kb = (files: string[]) =>
		['/index.html', ...files].reduce((sum, p) => {
			const f = path.join(build, p);
			return sum + (existsSync(f) ? gzipSync(readFileSync(f), { level: 9 }).length : 0);
		}, 0) / 1024;
	return { at: t.at, gzipKb: kb(t.blocking), loadedKb: kb(t.loaded), blocking: t.blocking };
}
