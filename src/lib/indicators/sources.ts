/**
 * Provenance of every mirror file the pipeline reads: producer, vintage, licence and the
 * official origin in words (no URL: the repository forbids third-party hosts in `src/`).
 * Shared by the catalogue (indicator sources) and the pipeline (manifest, error messages).
 */
import type { Source } from './types';

/** A source as written in `manifest.json`: the on-screen `Source` plus its official origin. */
export interface SourceDefinition extends Source {
	/** Official publisher and dataset name, in French words. */
	origin: string;
	/** Commune geography of the file as published (merges are applied from this year on). */
	cogYear: number;
	/**
	 * What an empty cell means: INSEE leaves secret cells empty; a file whose producer does not
	 * say why a cell is empty is read as « non publié ». Default: 'secret'.
	 */
	emptyCell?: 'secret' | 'non_publie';
}

const LO = 'Licence Ouverte / Etalab 2.0';

/** Every source, keyed by id. */
export const SOURCES = {
	rp2022: {
		id: 'rp2022',
		file: 'dossier_complet_extrait_rp2022_communes_gard.csv',
		producer: 'Insee',
		vintage: 'RP 2022',
		licence: LO,
		origin: 'Insee, Dossier complet (édition 2025), recensement de la population 2022',
		cogYear: 2025
	},
	cmp2024: {
		id: 'cmp2024',
		file: 'comparateur_insee_2024_communes_gard.csv',
		producer: 'Insee',
		vintage: 'Comparateur 2024 (naissances 2022, population 2021)',
		licence: LO,
		origin: 'Insee, Comparateur de territoires (base du 27/06/2024)',
		cogYear: 2024
	},
	cmp2022: {
		id: 'cmp2022',
		file: 'comparateur_insee_2022_rp2018_communes_gard.csv',
		producer: 'Insee',
		vintage: 'RP 2018 (comparateur 2022)',
		licence: LO,
		origin: 'Insee, Comparateur de territoires, base_cc_comparateur (janvier 2022)',
		cogYear: 2021
	},
	filo2021: {
		id: 'filo2021',
		file: 'filosofi_2021_communes_gard.csv',
		producer: 'Insee',
		vintage: 'Filosofi 2021',
		licence: LO,
		origin:
			'Insee, Filosofi 2021, revenus et pauvreté des ménages par commune (cc_filosofi_2021_COM)',
		cogYear: 2023
	},
	neet2018: {
		id: 'neet2018',
		file: 'jeunes_non_inseres_communes_gard.csv',
		producer: 'ANCT, Observatoire des territoires (d’après Insee RP)',
		vintage: 'RP 2018',
		licence: LO,
		origin: 'ANCT, Observatoire des territoires : part des jeunes de 15 à 24 ans non insérés',
		cogYear: 2021,
		// The export does not say why a cell is empty (e.g. Revens 30213 in 2018).
		emptyCell: 'non_publie'
	},
	bpe2019: {
		id: 'bpe2019',
		file: 'bpe2019_ensemble_gard.csv',
		producer: 'Insee',
		vintage: 'BPE 2019',
		licence: LO,
		origin: 'Insee, Base permanente des équipements 2019, fichier ensemble (bpe19_ensemble)',
		cogYear: 2019
	},
	educ2024: {
		id: 'educ2024',
		file: 'annuaire_education_gard_20241126.csv',
		producer: 'Ministère de l’Éducation nationale',
		vintage: 'Annuaire de l’éducation, 26/11/2024',
		licence: LO,
		origin:
			'Ministère de l’Éducation nationale, Annuaire de l’éducation (fr-en-annuaire-education)',
		cogYear: 2024
	},
	fs2024: {
		id: 'fs2024',
		file: 'france_services_gard_20240801.csv',
		producer: 'ANCT',
		vintage: 'France services, 01/08/2024',
		licence: LO,
		origin: 'ANCT, liste des structures France services',
		cogYear: 2024
	},
	dila2016: {
		id: 'dila2016',
		file: 'annuaire_services_publics_locaux_gard_dila_2016.csv',
		producer: 'DILA (service-public.fr)',
		vintage: 'Annuaire des services publics locaux, 2016',
		licence: 'Licence Ouverte',
		origin: 'DILA, Annuaire des services publics locaux (service-public.fr)',
		cogYear: 2016
	},
	gares2022: {
		id: 'gares2022',
		file: 'gares_voyageurs_gard_sncf_2022.csv',
		producer: 'SNCF – Open Data',
		vintage: 'Référentiel des gares voyageurs, 2022',
		licence: 'ODbL',
		origin: 'SNCF Gares & Connexions, Référentiel des gares voyageurs',
		cogYear: 2022
	},
	qpv2022: {
		id: 'qpv2022',
		file: 'qpv2015_gard_sigville_DEMO_2022.csv',
		producer: 'ANCT, SIG Ville',
		vintage: 'QPV 2015, chiffres clés 2022',
		licence: LO,
		origin:
			'ANCT, SIG Ville : chiffres clés des quartiers prioritaires (fichier « DEMO », pour démographie)',
		cogYear: 2022
	},
	contours: {
		id: 'contours',
		file: 'communes_gard_cog2025.geojson',
		producer: 'IGN',
		vintage: 'Admin Express 2018, communes fusionnées au COG 2025',
		licence: LO,
		origin: 'IGN, Admin Express COG (contours simplifiés, fusions 2019 et 2025 appliquées)',
		cogYear: 2025
	}
} as const satisfies Record<string, SourceDefinition>;

/** Identifier of a mirror source. */
export type SourceId = keyof typeof SOURCES;

/** The on-screen `Source` of an id (without the manifest-only fields). */
export function source(id: SourceId): Source {
	const { file, producer, vintage, licence } = SOURCES[id];
	return { id, file, producer, vintage, licence };
}

/** Commune membership and names: not a mirror file, a package shipped with the app. */
export const COG_PACKAGE = {
	id: 'cog2025',
	producer: 'Insee / DGCL, via @etalab/decoupage-administratif 6.0.0',
	vintage: 'COG 2025',
	licence: 'MIT (paquet), données Insee / DGCL',
	origin: 'Insee, Code officiel géographique 2025, et DGCL, composition des EPCI'
} as const;
