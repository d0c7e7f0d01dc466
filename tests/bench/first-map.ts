/** The first coloured map of the benchmark's app run (issue 10). */
import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Call before the page loads: records the legend text's first render time (Element Timing),
 * observed from the start (an observer registered later does not always get it buffered).
 */
export async function watchFirstVisible(page: Page): Promise<void> {
	await page.addInitScript(() => {
		new PerformanceObserver((list) => {
			const w = window as unknown as { __legendPaint?: number };
			const e = list.getEntries()[0] as PerformanceEntry & { renderTime: number };
			w.__legendPaint ??= e.renderTime;
		}).observe({ type: 'element', buffered: true });
	});
}

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
	const t = await page.evaluate(async () => {
		const w = window as unknown as { __legendPaint?: number };
		while (w.__legendPaint === undefined) await new Promise((r) => setTimeout(r, 50));
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
		const at = Math.max(fcp, w.__legendPaint);
		type Res = PerformanceResourceTiming & { renderBlockingStatus?: string };
		const files = (performance.getEntriesByType('resource') as Res[]).filter((e) =>
			/\.(m?js|css)(\?|$)/.test(e.name)
		);
		// No named functions in here: tsx would wrap them in a helper the page does not have.
		return {
			at,
			blocking: files
				.filter((e) => e.renderBlockingStatus === 'blocking')
				.map((e) => new URL(e.name).pathname),
			loaded: files.filter((e) => e.responseEnd <= at).map((e) => new URL(e.name).pathname)
		};
	});
	const kb = (files: string[]) =>
		['/index.html', ...files].reduce((sum, p) => {
			const f = path.join(build, p);
			return sum + (existsSync(f) ? gzipSync(readFileSync(f), { level: 9 }).length : 0);
		}, 0) / 1024;
	return { at: t.at, gzipKb: kb(t.blocking), loadedKb: kb(t.loaded), blocking: t.blocking };
}

/**
 * Call before the page loads: once the mark `name` is recorded, counts three animation frames
 * and keeps the time of the third (`window.__onScreen`). MapLibre's "idle" means its frame is
 * drawn in JavaScript's terms only. Where WebGL runs in software (ANGLE on SwiftShader, as on
 * this machine), Chromium ran a hidden map's WebGL work only when the canvas was first shown:
 * one block of 1,1–2,4 s in the GPU process, the page's main thread waiting on the copy of the
 * canvas (traced 2 Dec 2026). The third frame after the mark comes once that is over: the map
 * is on screen. Then each frame MapLibre draws costs such a copy (0,3–0,7 s for the layers the
 * map page adds once it is shown): `__quiet` is the end of the last task of 50 ms or more
 * after the mark, once none came for 1,5 s (or the time on screen, if later). A string: tsx
 * would wrap inner function names in a helper the page lacks.
 */
export async function watchOnScreen(page: Page, name: string): Promise<void> {
	await page.addInitScript({
		content: `(function () {
			var longTasks = [];
			new PerformanceObserver(function (list) {
				list.getEntries().forEach(function (e) { longTasks.push(e.startTime + e.duration); });
			}).observe({ type: 'longtask', buffered: true });
			new PerformanceObserver(function (list, observer) {
				var mark = list.getEntriesByName(${JSON.stringify(name)})[0];
				if (!mark) return;
				observer.disconnect();
				var frames = 0;
				requestAnimationFrame(function tick() {
					if (++frames < 3) return requestAnimationFrame(tick);
					var onScreen = performance.now();
					window.__onScreen = onScreen;
					// Quiet: no task of 50 ms or more for 1,5 s. The end of the last one after the mark.
					var wait = setInterval(function () {
						var after = longTasks.filter(function (end) { return end > mark.startTime; });
						var last = after.length ? Math.max.apply(null, after) : 0;
						if (performance.now() - Math.max(last, onScreen) < 1500) return;
						clearInterval(wait);
						window.__quiet = Math.max(last, onScreen);
					}, 100);
				});
			}).observe({ type: 'mark', buffered: true });
		})();`
	});
}

/** The times `watchOnScreen` kept, once there: on screen, then quiet. */
export async function onScreenAt(page: Page): Promise<{ onScreen: number; quiet: number }> {
	await page.waitForFunction(() => (window as { __quiet?: number }).__quiet !== undefined, null, {
		timeout: 60_000
	});
	return page.evaluate(() => {
		const w = window as unknown as { __onScreen: number; __quiet: number };
		return { onScreen: w.__onScreen, quiet: w.__quiet };
	});
}
