/** Supply indicators: equipment per child or young person, distances to services, QPV. */
import { formatNumber } from '../format/number';
import { sentenceStart } from '../format/sentence';
import { MAIRIE_TOLERANCE_KM } from './distance-origin';
import { source } from './sources';
import type { Indicator } from './types';

const CROW =
	'Distance à vol d’oiseau (le trajet réel est plus long), depuis la mairie de la commune telle que l’annuaire DILA 2016 la localise. ' +
	`Quand la mairie manque à l’annuaire, ou qu’il la place à plus de ${formatNumber(MAIRIE_TOLERANCE_KM, 1)} km hors du contour de la commune (erreur de géolocalisation), ` +
	'la distance part d’un point de la commune : le milieu du rectangle qui l’englobe, ou le point de sa limite le plus proche de ce milieu s’il tombe dehors. ' +
	'La fiche de chaque commune dit d’où partent ses distances.';
const EDGE =
	'Seuls les services situés dans le département sont pris en compte : pour une commune en limite, un service plus proche peut exister dans le département voisin.';
const WEIGHTED = 'Agrégat : moyenne des communes pondérée par leur population 2022.';
const PER_CHILD_MISMATCH =
	'Le nombre d’enfants vient du recensement 2022, l’équipement d’un autre millésime.';
const EDUC = source('educ2024');
/** Why a private school « hors contrat » is not counted (src/pipeline/sources/equipment.ts). */
const HORS_CONTRAT =
	'Les établissements privés hors contrat (payants, libres des programmes nationaux) ne sont pas comptés : dans l’annuaire de novembre 2024, 19 écoles, 11 collèges et 9 lycées du Gard.';
/** A collège, a lycée: the pupils of a whole sector come to it (`Indicator.servesSector`). */
const COLLEGE_SECTOR = {
	without: 'sans collège',
	why: 'un collège accueille les élèves de tout un secteur'
};
const LYCEE_SECTOR = {
	without: 'sans lycée',
	why: 'un lycée accueille les élèves de tout un secteur'
};
/** The caveat that says it: « Un collège accueille … : la plupart des communes n’en ont pas… ». */
const sectorCaveat = ({ why }: { why: string }) =>
	`${sentenceStart(why)} : la plupart des communes n’en ont pas, ce qui ne signifie pas un manque.`;

const distance = (
	id: string,
	label: string,
	definition: string,
	theme: Indicator['theme'],
	column: string,
	sources: Indicator['sources'],
	caveats: string[]
): Indicator => ({
	id,
	label,
	definition,
	theme,
	unit: 'km',
	digits: 1,
	formula: { kind: 'value', column, aggregate: { kind: 'weighted', weight: 'rp22_pop' } },
	sources: [...sources, source('dila2016'), source('rp2022')],
	polarity: 1,
	caveats: [CROW, EDGE, WEIGHTED, ...caveats]
});

/** Equipment rates and distances. */
export const serviceIndicators: Indicator[] = [
	{
		id: 'eaje_pour_1000_enfants',
		label: 'Établissements d’accueil du jeune enfant pour 1\u202f000 enfants',
		definition:
			'Nombre de crèches et autres établissements d’accueil du jeune enfant recensés dans la commune par l’Insee (base des équipements 2019), pour 1 000 enfants de 0 à 14 ans. Le compte vient du fichier : une commune sans établissement compte 0.',
		theme: 'petite_enfance',
		unit: 'pour 1\u202f000 enfants de 0 à 14 ans',
		digits: 1,
		formula: {
			kind: 'ratio',
			numerator: ['bpe19_eaje'],
			denominator: ['rp22_pop0014'],
			scale: 1000
		},
		sources: [source('bpe2019'), source('rp2022')],
		counted: {
			numerator: 'établissements d’accueil du jeune enfant',
			denominator: 'enfants de 0 à 14 ans',
			denominatorOne: 'enfant de 0 à 14 ans',
			zero: 'aucun établissement d’accueil du jeune enfant recensé (BPE 2019) ; ce sont des établissements, pas des places'
		},
		polarity: -1,
		caveats: [
			'Nombre d’établissements, pas de places : une micro-crèche compte autant qu’une grande crèche.',
			'Code d’équipement D502 : libellé non vérifié dans la nomenclature Insee 2019.',
			'Données 2019 : des établissements ont pu ouvrir ou fermer depuis. Les assistantes maternelles ne sont pas comptées.',
			PER_CHILD_MISMATCH
		]
	},
	{
		id: 'ecoles_pour_1000_enfants',
		label: 'Écoles pour 1\u202f000 enfants',
		definition:
			'Nombre d’écoles maternelles et élémentaires ouvertes, publiques ou privées sous contrat (annuaire de l’éducation, novembre 2024), pour 1 000 enfants de 0 à 14 ans. Le compte vient du fichier : une commune sans école compte 0.',
		theme: 'petite_enfance',
		unit: 'pour 1\u202f000 enfants de 0 à 14 ans',
		digits: 1,
		formula: {
			kind: 'ratio',
			numerator: ['educ24_ecoles'],
			denominator: ['rp22_pop0014'],
			scale: 1000
		},
		sources: [EDUC, source('rp2022')],
		counted: {
			numerator: 'écoles',
			denominator: 'enfants de 0 à 14 ans',
			denominatorOne: 'enfant de 0 à 14 ans',
			zero: 'aucune école publique ou privée sous contrat dans la commune (annuaire de l’éducation 2024)'
		},
		polarity: -1,
		caveats: [
			'Nombre d’écoles, pas de places : les regroupements pédagogiques intercommunaux (RPI) scolarisent aussi les enfants des communes voisines.',
			PER_CHILD_MISMATCH,
			HORS_CONTRAT
		]
	},
	{
		id: 'colleges_pour_1000_enfants',
		label: 'Collèges pour 1\u202f000 enfants',
		definition:
			'Nombre de collèges ouverts, publics ou privés sous contrat (annuaire de l’éducation, novembre 2024), pour 1 000 enfants de 0 à 14 ans. Le compte vient du fichier.',
		theme: 'jeunesse',
		unit: 'pour 1\u202f000 enfants de 0 à 14 ans',
		digits: 2,
		formula: {
			kind: 'ratio',
			numerator: ['educ24_colleges'],
			denominator: ['rp22_pop0014'],
			scale: 1000
		},
		sources: [EDUC, source('rp2022')],
		counted: {
			numerator: 'collèges',
			denominator: 'enfants de 0 à 14 ans',
			denominatorOne: 'enfant de 0 à 14 ans',
			zero: 'aucun collège public ou privé sous contrat dans la commune (annuaire de l’éducation 2024)'
		},
		polarity: -1,
		servesSector: COLLEGE_SECTOR,
		caveats: [sectorCaveat(COLLEGE_SECTOR), PER_CHILD_MISMATCH, HORS_CONTRAT]
	},
	{
		id: 'lycees_pour_1000_jeunes',
		label: 'Lycées pour 1\u202f000 jeunes de 15 à 29 ans',
		definition:
			'Nombre de lycées (généraux, technologiques, professionnels, polyvalents, agricoles) ouverts, publics ou privés sous contrat, selon l’annuaire de l’éducation (novembre 2024), pour 1 000 habitants de 15 à 29 ans. Le compte vient du fichier.',
		theme: 'jeunesse',
		unit: 'pour 1\u202f000 jeunes de 15 à 29 ans',
		digits: 2,
		formula: {
			kind: 'ratio',
			numerator: ['educ24_lycees'],
			denominator: ['rp22_pop1529'],
			scale: 1000
		},
		sources: [EDUC, source('rp2022')],
		counted: {
			numerator: 'lycées',
			denominator: 'jeunes de 15 à 29 ans',
			denominatorOne: 'jeune de 15 à 29 ans',
			zero: 'aucun lycée public ou privé sous contrat dans la commune (annuaire de l’éducation 2024)'
		},
		polarity: -1,
		servesSector: LYCEE_SECTOR,
		caveats: [
			sectorCaveat(LYCEE_SECTOR),
			'Les sections d’enseignement professionnel (SEP), rattachées à un lycée, ne sont pas comptées à part.',
			'Les 15-29 ans incluent des jeunes qui ne sont plus lycéens (pas de tranche 15-17 ans dans les données).',
			PER_CHILD_MISMATCH,
			HORS_CONTRAT
		]
	},
	distance(
		'distance_france_services',
		'Distance à la France services la plus proche',
		'Distance en kilomètres entre la commune et la structure France services la plus proche (liste ANCT au 1er août 2024), où l’on est aidé dans ses démarches administratives.',
		'acces_droits',
		'dist_france_services_km',
		[source('fs2024')],
		[]
	),
	distance(
		'distance_mission_locale_pij',
		'Distance à la mission locale ou au point information jeunesse le plus proche',
		'Distance en kilomètres entre la commune et la mission locale ou le point information jeunesse (PIJ) le plus proche, lieux d’accueil des 16-25 ans.',
		'jeunesse',
		'dist_mission_locale_pij_km',
		[],
		[
			'Liste de l’annuaire des services publics locaux de 2016 : des lieux ont pu ouvrir, déménager ou fermer depuis. Les permanences des missions locales ne sont pas listées.'
		]
	),
	distance(
		'distance_lycee',
		'Distance au lycée le plus proche',
		'Distance en kilomètres entre la commune et le lycée public ou privé sous contrat le plus proche (annuaire de l’éducation, novembre 2024).',
		'jeunesse',
		'dist_lycee_km',
		[EDUC],
		[
			'Tous les lycées sont comptés, quelle que soit la filière : le lycée le plus proche ne propose pas toujours la formation recherchée.',
			HORS_CONTRAT
		]
	),
	distance(
		'distance_gare',
		'Distance à la gare la plus proche',
		'Distance en kilomètres entre la commune et la gare voyageurs ouverte la plus proche (référentiel SNCF 2022).',
		'mobilite',
		'dist_gare_km',
		[source('gares2022')],
		[
			'Les gares de Bagnols-sur-Cèze et Pont-Saint-Esprit (rouvertes en 2022) n’ont pas de coordonnées dans le fichier et ne sont pas comptées.',
			'La fréquence des trains et les arrêts de bus ne sont pas pris en compte.'
		]
	),
	{
		id: 'part_population_qpv',
		label: 'Part de la population vivant en quartier prioritaire',
		definition:
			'Part des habitants qui vivent dans un quartier prioritaire de la politique de la ville (QPV). Le compte vient du fichier : une commune sans quartier prioritaire compte 0.',
		theme: 'cadre_vie',
		unit: '%',
		digits: 1,
		formula: { kind: 'ratio', numerator: ['qpv_pop'], denominator: ['rp22_pop'], scale: 100 },
		sources: [source('qpv2022'), source('rp2022')],
		counted: {
			numerator: 'habitants en quartier prioritaire',
			denominator: 'habitants',
			denominatorOne: 'habitant',
			zero: 'aucun quartier prioritaire dans la commune'
		},
		polarity: 1,
		caveats: [
			'Quartiers de la génération 2015, remplacés en 2024 par une nouvelle liste (non disponible) ; population des quartiers issue d’un recensement antérieur à 2022.',
			'La population du quartier est rapportée à la population 2022 de la commune : millésimes différents.'
		]
	}
];
