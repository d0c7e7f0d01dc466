/**
 * Plain-French explanations shown next to the cluster maps. Written for elected officials and
 * planners, not statisticians: short sentences, no formula, and what the map does *not* say.
 */
import { ClusterClass, type ClusterCode } from './clusters';

/** What each LISA class means, one sentence each. */
export const clusterExplanations: Record<ClusterCode, string> = {
	[ClusterClass.NotSignificant]:
		'La valeur de la commune et celle de ses voisines ne forment pas un regroupement plus net que ce que le hasard produirait.',
	[ClusterClass.HighHigh]:
		'Valeur élevée, et ses communes voisines ont aussi des valeurs élevées : un regroupement de valeurs fortes.',
	[ClusterClass.LowLow]:
		'Valeur faible, et ses communes voisines ont aussi des valeurs faibles : un regroupement de valeurs basses.',
	[ClusterClass.LowHigh]:
		'Valeur faible alors que ses voisines ont des valeurs élevées : la commune se distingue de son entourage.',
	[ClusterClass.HighLow]:
		'Valeur élevée alors que ses voisines ont des valeurs faibles : la commune se distingue de son entourage.',
	[ClusterClass.Undefined]:
		'Pas de valeur pour cette commune (donnée manquante ou secret statistique) : elle est laissée hors du calcul.',
	[ClusterClass.Island]:
		'Aucune commune voisine selon la règle de voisinage choisie : le calcul n’a pas de sens pour elle.'
};

/** Short texts for the help panel, keyed by topic. */
export const analysisExplanations = {
	whatIsLisa:
		'La carte des regroupements compare chaque commune à ses voisines. Elle repère les endroits où des valeurs proches se concentrent (élevées ou faibles), et les communes qui tranchent avec leur entourage.',
	pValue:
		'La « valeur p » mesure à quel point le regroupement pourrait venir du hasard. On redistribue les valeurs au hasard entre les communes des centaines de fois : si un regroupement aussi marqué n’apparaît que rarement (moins de 5 fois sur 100 pour p ≤ 0,05), on le dit significatif. Comme le tirage est aléatoire, une commune proche du seuil peut changer de classe d’un calcul à l’autre : la stabilité indique la part des calculs qui donnent la même classe.',
	multipleTesting:
		'On teste toutes les communes à la fois : même sans aucun regroupement réel, quelques communes passeraient le seuil par hasard. Les corrections le limitent. Le taux de fausses découvertes (FDR) garde peu de fausses alertes parmi les communes retenues ; la correction de Bonferroni, plus stricte, rend improbable une seule fausse alerte. Avec 999 tirages, la plus petite valeur p possible est 0,001 : pour Bonferroni sur 71 communes, choisissez au moins 9 999 tirages.',
	notCausality:
		'La carte décrit où les valeurs se regroupent ; elle n’en donne pas la cause. Deux communes voisines peuvent se ressembler pour des raisons différentes.',
	weightsMatter:
		'Le résultat dépend de la définition des voisins (contact par un sommet, par un côté, ou k plus proches). Une commune peut changer de classe si l’on change cette règle : vérifiez qu’un regroupement tient avec plusieurs règles avant d’en tirer une conclusion.',
	smallNumbers:
		'Dans une commune de quelques centaines d’habitants, un taux varie beaucoup pour un ou deux cas de plus ou de moins ; les petites communes sont signalées.',
	hotSpots:
		'Les points chauds (Gi*) signalent les secteurs où une commune et ses voisines ont ensemble des valeurs plus élevées que la moyenne ; les points froids, plus basses.',
	needsIndex:
		'L’indice de besoins combine plusieurs indicateurs ramenés à une même échelle et orientés pour qu’une valeur plus forte signifie toujours plus de besoins. La formule affichée dit exactement quels indicateurs et quels poids ont été utilisés.'
} as const;

/**
 * What became of small communes' rates here: said as it is, as the smoothing is an option (the
 * text described it as done while the default view, the needs index, is never smoothed).
 * `applied`: the analysed rate is smoothed; `available`: it could be (« Lisser le taux »);
 * `none`: the variable cannot be (the needs index, a value that is not a rate of counts).
 */
export function smoothingText(smoothing: 'applied' | 'available' | 'none'): string {
	const what =
		'le lissage bayésien rapproche les taux de la moyenne du territoire, d’autant plus que la population est petite.';
	if (smoothing === 'applied') return `Ici, la variable étudiée est lissée : ${what}`;
	if (smoothing === 'available')
		return `Les valeurs ne sont pas lissées ici. La case « Lisser le taux » les lisse : ${what}`;
	return 'Les valeurs ne sont pas lissées ici.';
}
