/** Territory (EPCI) and context (its département) from the COG 2025 package. */
import { createRequire } from 'node:module';
import type { TerritoryInfo } from '../lib/indicators/types';
import { PipelineError } from './errors';

const require = createRequire(import.meta.url);

interface CogCommune {
	code: string;
	nom: string;
	type: string;
	departement?: string;
}
interface CogEpci {
	code: string;
	nom: string;
	membres: { code: string; nom: string }[];
}
interface CogDepartement {
	code: string;
	nom: string;
}

/** Files of the package, for staleness checks. */
export const COG_FILES = ['communes.json', 'epci.json', 'departements.json'].map((f) =>
	require.resolve(`@etalab/decoupage-administratif/data/${f}`)
);

/** Territory info plus the COG 2025 name of every commune of the département. */
export interface Territory extends TerritoryInfo {
	names: Map<string, string>;
}

/**
 * Looks up the EPCI by SIREN; the context is the département of most of its members. Members
 * outside that département are an error: the mirror only covers one département.
 */
export function loadTerritory(siren: string): Territory {
	const epcis = require('@etalab/decoupage-administratif/data/epci.json') as CogEpci[];
	const communes = require('@etalab/decoupage-administratif/data/communes.json') as CogCommune[];
	const deps =
		require('@etalab/decoupage-administratif/data/departements.json') as CogDepartement[];
	const epci = epcis.find((e) => e.code === siren);
	if (!epci) {
		throw new PipelineError(
			`EPCI ${siren} inconnu du COG 2025 (@etalab/decoupage-administratif, epci.json). Vérifier ATLAS_EPCI.`
		);
	}
	const actual = communes.filter((c) => c.type === 'commune-actuelle');
	const depOf = new Map(actual.map((c) => [c.code, c.departement ?? '']));
	const counts = new Map<string, number>();
	for (const m of epci.membres) {
		const d = depOf.get(m.code) ?? '';
		counts.set(d, (counts.get(d) ?? 0) + 1);
	}
	const depCode = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
	const outside = epci.membres.filter((m) => depOf.get(m.code) !== depCode);
	if (outside.length > 0) {
		throw new PipelineError(
			`L'EPCI ${epci.nom} a ${outside.length} commune(s) hors du département ${depCode} ` +
				`(${outside.map((m) => m.code).join(', ')}) : le miroir ne couvre qu'un département.`
		);
	}
	const context = actual.filter((c) => c.departement === depCode);
	return {
		siren,
		name: epci.nom,
		departement: { code: depCode, name: deps.find((d) => d.code === depCode)?.nom ?? depCode },
		communes: epci.membres.map((m) => m.code).sort(),
		contextCommunes: context.map((c) => c.code).sort(),
		names: new Map(context.map((c) => [c.code, c.nom]))
	};
}
