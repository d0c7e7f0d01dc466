/**
 * `npm run data` (with --if-stale) / `npm run data:force`: builds static/data from the mirror.
 * Environment: ATLAS_DATA_DIR (mirror), ATLAS_EPCI (SIREN), ATLAS_OUT_DIR (output directory).
 */
import { configFromEnv } from './config';
import { PipelineError } from './errors';
import { runPipeline } from './run';
import { isStale } from './stale';

const config = configFromEnv();
try {
	if (process.argv.includes('--if-stale') && !isStale(config)) {
		console.log(`[data] ${config.outDir} est à jour, rien à faire.`);
	} else {
		const r = await runPipeline(config);
		console.log(
			`[data] ${r.outDir} : ${r.communes} communes (${r.territoryCommunes} dans le territoire), ${r.indicators} indicateurs.`
		);
	}
} catch (e) {
	if (e instanceof PipelineError) {
		console.error(`[data] ÉCHEC : ${e.message}`);
		process.exit(1);
	}
	throw e;
}
