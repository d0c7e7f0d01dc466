/**
 * Builds the territory's commune list from @etalab/decoupage-administratif data. Pure: the JSON is
 * passed in, so the app can feed it from its own pipeline output instead of bundling etalab.
 */
import type { CommuneRef } from './communes';

/** The fields of etalab's communes.json that we read. */
export interface EtalabCommune {
	code: string;
	nom: string;
	type: string;
	chefLieu?: string;
	anciensCodes?: string[];
}

/** The fields of etalab's epci.json that we read. */
export interface EtalabEpci {
	code: string;
	membres: { code: string }[];
}

/** SIREN of CA Alès Agglomération. */
export const ALES_AGGLO_SIREN = '200066918';

/**
 * Current communes of an EPCI with their former names and codes. etalab's communes carry no EPCI
 * field: membership comes from epci.json `membres`. Delegated communes (« Corbès », « Thoiras »
 * under Thoiras-Corbès) become former names, so older spellings still resolve.
 */
export function territoryCommunes(
	communes: readonly EtalabCommune[],
	epcis: readonly EtalabEpci[],
	siren: string = ALES_AGGLO_SIREN
): CommuneRef[] {
	const epci = epcis.find((e) => e.code === siren);
	if (!epci) return [];
	const members = new Set(epci.membres.map((m) => m.code));
	const current = communes.filter((c) => c.type === 'commune-actuelle' && members.has(c.code));
	return current.map((c) => {
		const delegated = communes.filter(
			(d) => d.type !== 'commune-actuelle' && d.chefLieu === c.code && d.nom !== c.nom
		);
		const formerCodes = [...new Set([...(c.anciensCodes ?? []), ...delegated.map((d) => d.code)])];
		return {
			code: c.code,
			nom: c.nom,
			formerNames: delegated.map((d) => d.nom),
			formerCodes: formerCodes.filter((code) => code !== c.code)
		};
	});
}
