/** CTG themes: French labels, display order and notes for themes the open data cannot measure. */
import type { ThemeId } from './types';

/** A theme as shown in the UI. */
export interface Theme {
	id: ThemeId;
	label: string;
	/** Other names a user may give it (a workshop theme « accès aux droits » is this theme). */
	aliases?: readonly string[];
}

/** Themes in display order (the three workshop themes first). */
export const themes: Theme[] = [
	{ id: 'petite_enfance', label: 'Petite enfance et enfance' },
	{ id: 'jeunesse', label: 'Jeunesse' },
	{ id: 'vie_associative', label: 'Vie associative' },
	{ id: 'familles', label: 'Familles', aliases: ['famille'] },
	{ id: 'handicap', label: 'Handicap', aliases: ['personnes en situation de handicap'] },
	{
		id: 'acces_droits',
		label: 'Accès aux droits et aux services',
		aliases: ['accès aux droits', 'accès aux services', 'droits']
	},
	{ id: 'logement', label: 'Logement' },
	{ id: 'mobilite', label: 'Mobilité' },
	{ id: 'cadre_vie', label: 'Cadre de vie et population', aliases: ['cadre de vie'] }
];

/**
 * Indicators in the themes' display order, each theme's in their own order: the commune panel,
 * the comparison and the portrait list the themes alike. A theme not in `order` comes last.
 */
export function inThemeOrder<T extends { theme: string }>(
	list: readonly T[],
	order: readonly { id: string }[] = themes
): T[] {
	const rank = (t: string) => {
		const i = order.findIndex((x) => x.id === t);
		return i < 0 ? order.length : i;
	};
	return list
		.map((item, i) => ({ item, i, r: rank(item.theme) }))
		.sort((a, b) => a.r - b.r || a.i - b.i)
		.map((x) => x.item);
}

/** French label of a theme. */
export function themeLabel(id: ThemeId): string {
	return themes.find((t) => t.id === id)?.label ?? id;
}

/** Why a theme has no (or few) indicators: shown instead of an empty list. */
export const themeNotes: Partial<Record<ThemeId, string>> = {
	vie_associative:
		'Aucun indicateur par commune : le Répertoire national des associations (RNA), qui donne la commune du siège de chaque association déclarée, ne fait pas partie des données du projet. Un extrait du RNA pour le Gard (ministère de l’Intérieur) permettrait de compter les associations par commune ; l’atlas ne sait pas encore lire ce fichier.',
	handicap:
		'Aucun indicateur par commune : les allocataires de l’AAH (adultes handicapés) et de l’AEEH (enfants handicapés) ne figurent dans les données du projet que pour Alès (fichier CAF 2020 par IRIS), et l’annuaire de l’éducation liste les établissements médico-sociaux sans leur nombre de places. Un fichier par commune de la CAF du Gard (allocataires de l’AAH et de l’AEEH) ou de la MDPH du Gard (personnes ayant des droits ouverts) comblerait ce manque ; l’atlas ne sait pas encore lire ces fichiers.',
	mobilite:
		'Seules les gares sont localisées : les arrêts de bus (réseau urbain et réseau régional liO) et la motorisation des ménages ne figurent pas dans les données du projet. Les fichiers d’horaires des réseaux de bus (format GTFS) et un extrait du recensement avec l’équipement automobile des ménages combleraient ce manque.'
};
