/** Indicators the workshops ask for but the open data cannot honestly provide (shown in the UI). */
import type { ThemeId } from './types';

/** A wanted indicator that is not computed, with the reason in French. */
export interface MissingIndicator {
	id: string;
	label: string;
	theme: ThemeId;
	reason: string;
}

/** Known gaps of the mirror. */
export const missingIndicators: MissingIndicator[] = [
	{
		id: 'taux_activite_15_24',
		label: 'Taux d’activité des 15-24 ans',
		theme: 'jeunesse',
		reason:
			'Il faut le nombre d’habitants de 15 à 24 ans, absent des données du projet (seule la tranche 15-29 ans est publiée) : le taux n’est pas calculé plutôt que d’être approché.'
	},
	{
		id: 'places_accueil_jeune_enfant',
		label: 'Places d’accueil du jeune enfant (crèches, assistantes maternelles)',
		theme: 'petite_enfance',
		reason:
			'Aucune donnée ouverte de places ou de taux de couverture par commune n’a été trouvée : un fichier de la CAF du Gard donnant les places d’accueil par commune comblerait ce manque.'
	},
	{
		id: 'enfants_0_2_ans',
		label: 'Enfants de 0 à 2 ans, 3 à 5 ans, 6 à 10 ans',
		theme: 'petite_enfance',
		reason: 'Tranches d’âge fines absentes de l’extrait du recensement disponible.'
	},
	{
		id: 'familles_nombreuses',
		label: 'Familles nombreuses (3 enfants ou plus)',
		theme: 'familles',
		reason:
			'Absent de l’extrait du recensement ; le fichier CAF 2020 ne couvre qu’Alès dans l’Agglomération.'
	},
	{
		id: 'associations',
		label: 'Associations par commune',
		theme: 'vie_associative',
		reason:
			'Le Répertoire national des associations (RNA) du Gard n’est pas dans les données du projet.'
	},
	{
		id: 'allocataires_aah_aeeh',
		label: 'Allocataires de l’AAH et de l’AEEH',
		theme: 'handicap',
		reason:
			'Données CAF par commune absentes (fichier par IRIS limité à Alès dans l’Agglomération).'
	},
	{
		id: 'logements_sociaux',
		label: 'Part des logements sociaux (HLM)',
		theme: 'logement',
		reason: 'Variable du recensement absente de l’extrait disponible.'
	},
	{
		id: 'arrets_bus',
		label: 'Desserte en bus',
		theme: 'mobilite',
		reason: 'Aucun fichier d’arrêts (GTFS) des réseaux du Gard n’a été trouvé.'
	},
	{
		id: 'menages_sans_voiture',
		label: 'Ménages sans voiture',
		theme: 'mobilite',
		reason: 'Variable du recensement absente de l’extrait disponible.'
	}
];
