/**
 * `communes-ref.json`: the territory's communes with former names and codes, for commune
 * matching in the browser. The browser must not bundle etalab's multi-megabyte JSON, so the
 * pipeline writes the small list the workshop matcher needs.
 */
import { createRequire } from 'node:module';
import type { FormerCommune } from '../lib/indicators/types';
import type { CommuneRef } from '../lib/features/workshops/communes';
import {
	territoryCommunes,
	type EtalabCommune,
	type EtalabEpci
} from '../lib/features/workshops/territory';

const require = createRequire(import.meta.url);

/** The territory's `CommuneRef[]` (sorted by code) from the COG 2025 package. */
export function communeRefs(siren: string): CommuneRef[] {
	const communes = require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[];
	const epcis = require('@etalab/decoupage-administratif/data/epci.json') as EtalabEpci[];
	return territoryCommunes(communes, epcis, siren).sort((a, b) => (a.code < b.code ? -1 : 1));
}

/**
 * `communes-departement.json`: the other current communes of the territory's départements, so
 * that an import can say « hors du territoire (Nîmes) » rather than « commune inconnue ».
 */
export function departementCommunes(refs: readonly CommuneRef[]): CommuneRef[] {
	const communes =
		require('@etalab/decoupage-administratif/data/communes.json') as (EtalabCommune & {
			departement?: string;
		})[];
	const inside = new Set(refs.map((r) => r.code));
	const departements = new Set(
		communes.filter((c) => inside.has(c.code)).map((c) => c.departement)
	);
	return communes
		.filter(
			(c) => c.type === 'commune-actuelle' && departements.has(c.departement) && !inside.has(c.code)
		)
		.map((c) => ({ code: c.code, nom: c.nom }))
		.sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** The file's text: one commune per line, so a diff between two builds stays readable. */
export function communeRefsJson(refs: readonly CommuneRef[]): string {
	return `[\n${refs.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

/**
 * Former codes of the territory's communes, with the name they had and the merge year when
 * `cog.ts` knows it: the browser reopens an old link (`?commune=30094`, Corbès) on the current
 * commune (30329, Thoiras-Corbès) without reading pipeline code.
 */
export function formerCommunes(
	refs: readonly CommuneRef[],
	merges: readonly { from: string; to: string; year: number }[]
): FormerCommune[] {
	const communes = require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[];
	return refs.flatMap((r) =>
		(r.formerCodes ?? []).map((code) => {
			const entry = communes.find((c) => c.code === code && c.type !== 'commune-actuelle');
			const year = merges.find((m) => m.from === code && m.to === r.code)?.year;
			return { code, name: entry?.nom ?? code, into: r.code, ...(year ? { year } : {}) };
		})
	);
}
