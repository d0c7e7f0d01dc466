/** Where the pipeline reads and writes, from the environment with project defaults. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root (two levels above this file). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Default EPCI: CA Alès Agglomération. */
export const DEFAULT_EPCI = '200066918';

/** Resolved pipeline settings. */
export interface PipelineConfig {
	/** Open-data mirror directory (read only). */
	dataDir: string;
	/** Output directory, replaced atomically. */
	outDir: string;
	/** SIREN of the territory (EPCI). */
	epci: string;
}

/** Open data shipped with the project (Gard, Licence Ouverte 2.0 and ODbL): see its README. */
export const DEFAULT_DATA_DIR = 'data/sources/gard';

/** Reads `ATLAS_DATA_DIR`, `ATLAS_OUT_DIR` and `ATLAS_EPCI`; relative paths are from the repo root. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): PipelineConfig {
	return {
		dataDir: path.resolve(REPO_ROOT, env.ATLAS_DATA_DIR || DEFAULT_DATA_DIR),
		outDir: path.resolve(REPO_ROOT, env.ATLAS_OUT_DIR || 'static/data'),
		epci: (env.ATLAS_EPCI || DEFAULT_EPCI).trim()
	};
}
