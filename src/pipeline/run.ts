/** The pipeline as a function: mirror → validated in-memory dataset → atomic write. */
import fs from 'node:fs';
import { indicators } from '../lib/indicators/catalogue';
import { COMPARE_SNAPSHOT, compareFigureIndicators } from '../lib/indicators/catalogue-compare';
import { formulaColumns } from '../lib/sql/indicators';
import type { TerritoryInfo } from '../lib/indicators/types';

/** The catalogue indicator whose aggregates give the headline populations. */
const POPULATION_INDICATOR = 'population_2022';
import { buildData } from './build';
import { nearestServices } from './distances';
import { MERGES } from './cog';
import { communeRefs, communeRefsJson, departementCommunes, formerCommunes } from './communes-ref';
import type { PipelineConfig } from './config';
import { PipelineError } from './errors';
import { buildManifest, officialSourcesText } from './manifest';
import { buildSnapshot } from './snapshot';
import { loadTerritory } from './territory';
import { communeValuesCsv, servicesGeojson, valueGapsCsv, writeAtomically } from './write';

/** Summary returned to the CLI and tests. */
export interface RunResult {
	outDir: string;
	communes: number;
	territoryCommunes: number;
	indicators: number;
}

/** Runs the whole pipeline; throws PipelineError (and writes nothing) on bad input. */
export async function runPipeline(
	config: PipelineConfig,
	now: Date = new Date()
): Promise<RunResult> {
	if (!fs.existsSync(config.dataDir) || !fs.statSync(config.dataDir).isDirectory()) {
		throw new PipelineError(
			`Dossier de données introuvable : ${config.dataDir}\n` +
				'Il doit contenir les fichiers ouverts suivants (voir data/sources/gard/README.md) :\n' +
				`${officialSourcesText()}\n` +
				'Ces fichiers sont livrés avec le projet dans data/sources/gard : restaurez ce dossier ' +
				'(git checkout -- data/sources/gard), ou indiquez un autre dossier avec la variable ' +
				'd’environnement ATLAS_DATA_DIR (chemin absolu, ou relatif à la racine du dépôt).'
		);
	}
	const territory = loadTerritory(config.epci);
	const data = buildData(config.dataDir, territory);
	const known = new Set(data.columns);
	for (const ind of [...indicators, ...compareFigureIndicators]) {
		const unknown = formulaColumns(ind.formula).filter((c) => !known.has(c));
		if (unknown.length > 0) {
			throw new PipelineError(
				`Indicateur ${ind.id} : colonne(s) inconnue(s) ${unknown.join(', ')}`
			);
		}
	}
	const generatedAt = now.toISOString();
	const members = new Set(territory.communes);
	const refKinds = new Map([...data.refPoints].map(([c, r]) => [c, r.kind]));
	const json = (v: unknown) => JSON.stringify(v) + '\n';
	const tables = {
		values: communeValuesCsv(
			territory.contextCommunes,
			territory.names,
			members,
			data.columns,
			data.values,
			refKinds
		),
		gaps: valueGapsCsv(data.gaps)
	};
	const snapshot = await buildSnapshot(tables, indicators, generatedAt);
	// The comparison's figures apart (only /comparer reads them; their NEET 2018 has the
	// catalogue's id, with its own flags: never one object for both).
	const compareSnapshot = await buildSnapshot(tables, compareFigureIndicators, generatedAt);
	// The headline populations are the population indicator's own aggregates (one computation).
	const population = snapshot.indicators[POPULATION_INDICATOR];
	if (population?.territory.value == null || population.departement.value == null) {
		throw new PipelineError(`Indicateur ${POPULATION_INDICATOR} absent ou incomplet.`);
	}
	const refs = communeRefs(territory.siren);
	const info: TerritoryInfo = {
		siren: territory.siren,
		name: territory.name,
		departement: territory.departement,
		communes: territory.communes,
		contextCommunes: territory.contextCommunes,
		population: {
			territory: Math.round(population.territory.value),
			departement: Math.round(population.departement.value),
			vintage: 'RP 2022'
		},
		formerCommunes: formerCommunes(refs, MERGES)
	};
	writeAtomically(config.outDir, {
		'territory.json': JSON.stringify(info, null, 1) + '\n',
		'communes.geojson': json(data.communes),
		'territory-outline.geojson': json(data.outline),
		'commune_values.csv': tables.values,
		'value_gaps.csv': tables.gaps,
		'snapshot.json': json(snapshot),
		[COMPARE_SNAPSHOT]: json(compareSnapshot),
		'services.geojson': json(servicesGeojson(data.points)),
		'nearest-services.json': json(nearestServices(data.refPoints, data.points, territory.communes)),
		'communes-ref.json': communeRefsJson(refs),
		'communes-departement.json': communeRefsJson(departementCommunes(refs)),
		'manifest.json':
			JSON.stringify(buildManifest(data, indicators.length, generatedAt), null, 1) + '\n'
	});
	return {
		outDir: config.outDir,
		communes: territory.contextCommunes.length,
		territoryCommunes: territory.communes.length,
		indicators: indicators.length
	};
}
