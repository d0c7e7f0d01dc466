/**
 * Equipment counts built from listings (BPE 2019, annuaire de l'éducation, QPV). These files list
 * every equipment of the département, so a commune with no row has a real count of 0.
 */
import { SOURCES } from '../../lib/indicators/sources';
import { toCog2025, type CommuneValues } from '../cog';
import { readCsv, toNumber } from '../csv';
import { PipelineError } from '../errors';
import type { SourceColumns } from '../table';

function zeros(
	communes: readonly string[],
	columns: readonly string[]
): Map<string, CommuneValues> {
	return new Map(communes.map((c) => [c, Object.fromEntries(columns.map((k) => [k, 0]))]));
}

function add(values: Map<string, CommuneValues>, code: string, column: string, n: number): void {
	const v = values.get(code);
	// Codes outside the département (none expected) are ignored rather than invented.
	if (v) v[column] = (v[column] ?? 0) + n;
}

/** BPE 2019: number of EAJE (TYPEQU D502, label unverified) per commune → `bpe19_eaje`. */
export function readBpe2019(dataDir: string, communes: readonly string[]): SourceColumns {
	const { file, cogYear } = SOURCES.bpe2019;
	const t = readCsv(dataDir, file, ['DEPCOM', 'TYPEQU', 'NB_EQUIP']);
	const values = zeros(communes, ['bpe19_eaje']);
	for (const r of t.rows) {
		if (r.TYPEQU !== 'D502') continue;
		const n = toNumber(r.NB_EQUIP, file, 'NB_EQUIP') ?? 0;
		add(values, toCog2025(r.DEPCOM ?? '', cogYear), 'bpe19_eaje', n);
	}
	return { id: 'bpe2019', rows: t.rows.length, columns: ['bpe19_eaje'], values };
}

/**
 * A school of the public offer: public, or private under contract with the State. The private
 * schools « hors contrat » (fee-paying, free of the national curriculum: 19 écoles, 11 collèges
 * and 9 lycées of the Gard in November 2024) are left out. In Anduze the only « lycée » was one
 * (« Ecole privée Team Etud' »), which put the commune 1,3 km from a lycée instead of 8,9.
 */
export function inPublicOffer(row: Record<string, string>): boolean {
	return row.Type_contrat_prive !== 'HORS CONTRAT';
}

/**
 * Lycées of the public offer (`inPublicOffer`), without the SEP rows (a section of a lycée, not a
 * separate school).
 */
export function isLycee(row: Record<string, string>): boolean {
	return (
		row.Type_etablissement === 'Lycée' &&
		row.libelle_nature !== 'SECTION D ENSEIGNEMENT PROFESSIONNEL' &&
		inPublicOffer(row)
	);
}

/** Annuaire de l'éducation: écoles, collèges, lycées of the public offer per commune (`educ24_*`). */
export function readEducation(dataDir: string, communes: readonly string[]): SourceColumns {
	const { file, cogYear } = SOURCES.educ2024;
	const t = readCsv(dataDir, file, [
		'Code_commune',
		'Type_etablissement',
		'libelle_nature',
		'Type_contrat_prive'
	]);
	const columns = ['educ24_ecoles', 'educ24_colleges', 'educ24_lycees'];
	const values = zeros(communes, columns);
	for (const r of t.rows) {
		const code = toCog2025(r.Code_commune ?? '', cogYear);
		const offer = inPublicOffer(r);
		if (offer && r.Type_etablissement === 'Ecole') add(values, code, 'educ24_ecoles', 1);
		if (offer && r.Type_etablissement === 'Collège') add(values, code, 'educ24_colleges', 1);
		if (isLycee(r)) add(values, code, 'educ24_lycees', 1);
	}
	return { id: 'educ2024', rows: t.rows.length, columns, values };
}

/**
 * QPV (2015 generation): population living in a priority neighbourhood, summed per commune
 * (`qpv_pop`). The file names communes (LIB_COM), not codes: matched on the COG 2025 name.
 */
export function readQpv(dataDir: string, names: ReadonlyMap<string, string>): SourceColumns {
	const { file } = SOURCES.qpv2022;
	const t = readCsv(dataDir, file, ['CODGEO', 'POP_MUN', 'LIB_COM']);
	const byName = new Map([...names].map(([code, nom]) => [nom, code]));
	const values = zeros([...names.keys()], ['qpv_pop']);
	for (const r of t.rows) {
		const code = byName.get((r.LIB_COM ?? '').trim());
		if (!code) {
			throw new PipelineError(
				`${file} : commune « ${r.LIB_COM} » (LIB_COM) introuvable au COG 2025`
			);
		}
		const pop = toNumber(r.POP_MUN, file, 'POP_MUN');
		// A secret QPV population would make the commune total unknown.
		const v = values.get(code);
		if (v) v.qpv_pop = pop === null || v.qpv_pop === null ? null : (v.qpv_pop ?? 0) + pop;
	}
	return { id: 'qpv2022', rows: t.rows.length, columns: ['qpv_pop'], values };
}
