/** `--if-stale`: skip the run when every output is newer than every input and code file. */
import fs from 'node:fs';
import path from 'node:path';
import { SOURCES } from '../lib/indicators/sources';
import { REPO_ROOT, type PipelineConfig } from './config';
import { COG_FILES } from './territory';

/** Files the pipeline writes. */
export const OUTPUT_FILES = [
	'territory.json',
	'communes.geojson',
	'territory-outline.geojson',
	'commune_values.csv',
	'value_gaps.csv',
	'snapshot.json',
	'compare-snapshot.json',
	'services.geojson',
	'nearest-services.json',
	'communes-ref.json',
	'communes-departement.json',
	'manifest.json'
];

function filesUnder(dir: string): string[] {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.map((e) => path.join(e.parentPath, e.name));
}

/** Inputs whose change must trigger a rebuild: mirror files, pipeline and catalogue code, COG. */
export function inputFiles(config: PipelineConfig): string[] {
	return [
		...Object.values(SOURCES).map((s) => path.join(config.dataDir, s.file)),
		...filesUnder(path.join(REPO_ROOT, 'src', 'pipeline')),
		...filesUnder(path.join(REPO_ROOT, 'src', 'lib', 'indicators')),
		// The snapshot is computed by the app's SQL builders and their row conversions.
		...filesUnder(path.join(REPO_ROOT, 'src', 'lib', 'sql')),
		path.join(REPO_ROOT, 'src', 'lib', 'data', 'indicator-values.ts'),
		// communes-ref.json is built by the workshop module's territoryCommunes.
		path.join(REPO_ROOT, 'src', 'lib', 'features', 'workshops', 'territory.ts'),
		...COG_FILES
	];
}

/** True when outputs are missing, older than an input, or built for another EPCI. */
export function isStale(config: PipelineConfig): boolean {
	const outs = OUTPUT_FILES.map((f) => path.join(config.outDir, f));
	if (!outs.every((f) => fs.existsSync(f))) return true;
	try {
		const info = JSON.parse(fs.readFileSync(path.join(config.outDir, 'territory.json'), 'utf8'));
		if (info.siren !== config.epci) return true;
	} catch {
		return true;
	}
	const oldestOut = Math.min(...outs.map((f) => fs.statSync(f).mtimeMs));
	// A missing input is not "fresh": let the full run report it.
	return inputFiles(config).some((f) => !fs.existsSync(f) || fs.statSync(f).mtimeMs > oldestOut);
}
