/** CTG themes: French labels, display order and notes for themes the open data cannot measure. */
import type { ThemeId } from './types';

/** A theme as shown in the UI. */
export interface Theme {
	id: ThemeId;
	label: string;
}

/** Themes in display order (the three workshop themes first). */
export const themes: Theme[] = [
	{ id: 'petite_enfance', label: 'Petite enfance et enfance' },
	{ id: 'jeunesse', label: 'Jeunesse' },
	{ id: 'vie_associative', label: 'Vie associative' },
	{ id: 'familles', label: 'Familles' },
	{ id: 'handicap', label: 'Handicap' },
	{ id: 'acces_droits', label: 'Accès aux droits et aux services' },
	{ id: 'logement', label: 'Logement' },
	{ id: 'mobilite', label: 'Mobilité' },
	{ id: 'cadre_vie', label: 'Cadre de vie et population' }
];

/** French label of a theme. */
export function themeLabel(id: ThemeId): string {
	return themes.find((t) => t.id === id)?.label ?? id;
}

/** Why a theme has no (or few) indicators: shown instead of an empty list. */
export const themeNotes: Partial<Record<ThemeId, string>> = {
	vie_associative:
		'Aucune donnée ouverte par commune n’a pu être intégrée : le Répertoire national des associations (RNA) du Gard n’est pas disponible dans les données du projet. Vous pouvez importer vous-même un extrait du RNA pour compter les associations par commune.',
	handicap:
		'Pas d’indicateur par commune : les allocataires de l’AAH et de l’AEEH ne sont disponibles que pour Alès (fichier CAF 2020 par IRIS), et les établissements médico-sociaux de l’annuaire de l’éducation n’ont pas de capacité. Des exports de la CAF ou de la MDPH peuvent être importés.',
	mobilite:
		'Seules les gares sont localisées : les arrêts de bus (réseaux urbains et liO) et la motorisation des ménages ne figurent pas dans les données du projet.'
};
