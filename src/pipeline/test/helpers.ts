/** Test helpers: run the pipeline into a temporary directory and read its outputs back. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll } from 'vitest';
import type { Snapshot } from '../../lib/indicators/types';
import { configFromEnv, type PipelineConfig } from '../config';
import { runPipeline } from '../run';

/** The open data the pipeline reads (ATLAS_DATA_DIR, or data/sources/gard shipped with the project). */
export const MIRROR = configFromEnv().dataDir;

const created: string[] = [];
// Registered while the importing test file is collected: removes its temporary directories.
afterAll(() => {
	for (const d of created) fs.rmSync(d, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the test file. */
export function tempDir(prefix: string): string {
	const d = fs.mkdtempSync(path.join(os.tmpdir(), `atlas-${prefix}-`));
	created.push(d);
	return d;
}

/** Outputs of one pipeline run, parsed. */
export interface Outputs {
	config: PipelineConfig;
	rows: Map<string, Record<string, string>>;
	header: string[];
	snapshot: Snapshot;
	json: (name: string) => unknown;
}

/** Runs the pipeline on the real mirror for `epci` into a temporary directory. */
export async function runInto(epci: string): Promise<Outputs> {
	const config: PipelineConfig = {
		dataDir: MIRROR,
		outDir: path.join(tempDir('out'), 'data'),
		epci
	};
	await runPipeline(config, new Date('2025-01-01T00:00:00Z'));
	const json = (name: string) =>
		JSON.parse(fs.readFileSync(path.join(config.outDir, name), 'utf8'));
	const csv = Papa.parse<Record<string, string>>(
		fs.readFileSync(path.join(config.outDir, 'commune_values.csv'), 'utf8'),
		{ header: true, skipEmptyLines: true }
	);
	return {
		config,
		rows: new Map(csv.data.map((r) => [r.code ?? '', r])),
		header: csv.meta.fields ?? [],
		snapshot: json('snapshot.json') as Snapshot,
		json
	};
}

/** A CSV cell as a number (empty → null), as DuckDB would read it. */
export function cell(o: Outputs, code: string, column: string): number | null {
	const s = o.rows.get(code)?.[column];
	if (s === undefined) throw new Error(`no cell ${code}/${column}`);
	return s === '' ? null : Number(s);
}
