import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { problemsToCsv } from '/work/wt-perf9/src/lib/features/workshops/export';
import { BUILT_IN_TAXONOMY } from '/work/wt-perf9/src/lib/features/workshops/taxonomy';
import { fictionalProblems } from '/work/wt-perf9/tests/fixtures/workshops/generate';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '/work/wt-perf9/tests/helpers/chromium';
import { startServer } from '/work/wt-perf9/tests/bench/server';
import {
	fillStore,
	importTimes,
	instrument,
	openReady,
	openTimes
} from '/work/wt-perf9/tests/bench/workshops-page';
const ROOT = '/work/wt-perf9';
const refs = JSON.parse(readFileSync(path.join(ROOT, 'static/data/communes-ref.json'), 'utf8'));
const STORED = Number(process.env.STORED ?? 0);
const all = fictionalProblems(
	STORED + 10000,
	refs.map((c: { code: string }) => c.code)
);
const csv = Buffer.from(
	problemsToCsv(all.slice(STORED), { communes: refs, taxonomy: BUILT_IN_TAXONOMY }),
	'utf8'
);
const server = await startServer(
	process.env.BUILD ?? path.join(ROOT, 'build'),
	path.join(ROOT, 'node_modules/maplibre-gl/dist'),
	4181
);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
await instrument(ctx);
const page = await ctx.newPage();
await openReady(page, 'http://127.0.0.1:4181');
if (STORED) {
	await fillStore(page, all.slice(0, STORED));
	await page.goto('http://127.0.0.1:4181/ateliers/');
	await page.waitForSelector('main[data-state="ready"]');
	await page.waitForTimeout(6000);
}
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
await cdp.send('Profiler.start');
const mode = process.env.MODE ?? 'import';
let t;
if (mode === 'import') t = await importTimes(page, csv, 10000);
else t = await openTimes(page, 'http://127.0.0.1:4181', STORED + 10000);
const { profile } = await cdp.send('Profiler.stop');
console.log(JSON.stringify(t));
const lt = await page.evaluate(() => 1);
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas!;
const counts = new Map<number, number>();
profile.samples!.forEach((s, i) => counts.set(s, (counts.get(s) ?? 0) + (dt[i + 1] ?? 0)));
for (const [id, ms] of counts) {
	const n = byId.get(id)!;
	const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
	self.set(k, (self.get(k) ?? 0) + ms / 1000);
}
console.log(
	[...self]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 25)
		.map(([k, v]) => `${v.toFixed(0).padStart(6)} ${k}`)
		.join('\n')
);
{
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	let t = 0;
	let segStart = 0;
	let best = { len: 0, from: 0, to: 0 };
	let start = -1;
	const segs: (typeof best)[] = [];
	const times: number[] = [];
	profile.samples!.forEach((s, i) => {
		t += dt[i] ?? 0;
		times.push(t);
		const idle = byId.get(s)!.callFrame.functionName === '(idle)';
		if (idle) {
			if (start >= 0) segs.push({ len: t - segStart, from: start, to: i });
			start = -1;
		} else if (start < 0) {
			start = i;
			segStart = t;
		}
	});
	segs.sort((a, b) => b.len - a.len);
	for (const best of segs.slice(1, 3)) {
		console.log('busy stretch ms', best.len / 1000);
		const agg = new Map<string, number>();
		for (let i = best.from; i < best.to; i++) {
			let id: number | undefined = profile.samples![i];
			const seen = new Set<string>();
			while (id !== undefined) {
				const n = byId.get(id)!;
				const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
				if (!seen.has(k)) {
					seen.add(k);
					agg.set(k, (agg.get(k) ?? 0) + (dt[i + 1] ?? 0) / 1000);
				}
				id = parent.get(id);
			}
		}
		console.log(
			[...agg]
				.sort((a, b) => b[1] - a[1])
				.slice(0, 22)
				.map(([k, v]) => `${v.toFixed(0).padStart(6)} ${k}`)
				.join('\n')
		);
	}
}
await browser.close();
server.close();
// longest busy stretch
