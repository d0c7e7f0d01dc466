/** `--if-stale`: rebuild only when an output is missing or older than an input. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from './run';
import { isStale } from './stale';
import { MIRROR, tempDir } from './test/helpers';

describe('isStale', () => {
	it('is stale without outputs, fresh after a run, stale again when an input changes or the EPCI differs', async () => {
		const dataDir = tempDir('stale-mirror');
		for (const f of fs.readdirSync(MIRROR))
			fs.copyFileSync(path.join(MIRROR, f), path.join(dataDir, f));
		const config = { dataDir, outDir: path.join(tempDir('stale-out'), 'data'), epci: '200066918' };
		expect(isStale(config)).toBe(true);
		await runPipeline(config);
		expect(isStale(config)).toBe(false);
		expect(isStale({ ...config, epci: '243000643' })).toBe(true);
		const future = new Date(Date.now() + 60_000);
		fs.utimesSync(path.join(dataDir, 'filosofi_2021_communes_gard.csv'), future, future);
		expect(isStale(config)).toBe(true);
	});
});
