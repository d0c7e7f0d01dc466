/**
 * French example queries for the SQL console: what the atlas's tables can answer. Each reads only
 * the tables the engine holds; rates come from summed counts, as everywhere in the atlas.
 */
export interface ExampleQuery {
	name: string;
	sql: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
	{
		name: 'Communes où la part des 0-14 ans dépasse celle du Gard',
		sql: `-- Part des 0-14 ans (Insee, RP 2022). Le Gard : effectifs additionnés de toutes ses communes.
WITH gard AS (
  SELECT sum(rp22_pop0014) / sum(rp22_pop) AS part FROM commune_values
)
SELECT code, nom,
  round(100 * rp22_pop0014 / rp22_pop, 1) AS part_0_14_pct,
  round(100 * gard.part, 1) AS gard_pct
FROM commune_values, gard
WHERE in_territory = 1 AND rp22_pop0014 / rp22_pop > gard.part
ORDER BY part_0_14_pct DESC`
	},
	{
		name: 'Problématiques des ateliers par commune',
		sql: `-- Une problématique citée pour plusieurs communes compte pour chacune.
-- Celles qui portent sur tout le territoire n’ont pas de commune : elles ne sont pas ici.
SELECT l.value AS code, c.nom, count(*) AS problematiques
FROM problem_links l
JOIN problems p ON p.id = l.problem_id
JOIN commune_values c ON c.code = l.value
WHERE l.dimension = 'commune'
GROUP BY ALL
ORDER BY problematiques DESC, c.nom`
	},
	{
		name: 'Communes du territoire sans école publique ni privée',
		sql: `-- Écoles : annuaire de l’Éducation nationale (2024).
SELECT code, nom, rp22_pop AS population
FROM commune_values
WHERE in_territory = 1 AND educ24_ecoles = 0
ORDER BY population DESC`
	},
	{
		name: 'Pourquoi des valeurs manquent (secret, non publié)',
		sql: `-- Une valeur absente n’est jamais un zéro : value_gaps en donne la raison.
SELECT g.column AS colonne, g.reason AS raison, count(*) AS communes
FROM value_gaps g
JOIN commune_values c USING (code)
WHERE c.in_territory = 1
GROUP BY ALL
ORDER BY communes DESC`
	}
];

/** An imported dataset as the examples need it: its table (id), label and shape. */
export interface DatasetForExamples {
	id: string;
	label: string;
	items: boolean;
}

/**
 * Examples on the user's own datasets: for a list of items (associations, crèches…), the number
 * per 1 000 inhabitants by commune, from the rows themselves and the census population.
 */
export function datasetExamples(datasets: readonly DatasetForExamples[]): ExampleQuery[] {
	return datasets
		.filter((d) => d.items)
		.map((d) => ({
			name: `${d.label} : nombre pour 1 000 habitants par commune`,
			sql: `-- Lignes du fichier importé « ${d.label.replaceAll('\n', ' ')} » par commune, pour 1 000 habitants (Insee, RP 2022).
-- Une commune sans ligne compte 0 ; l’Agglomération : lignes et habitants additionnés.
SELECT v.code, v.nom, count(d.code) AS nombre,
  round(1000 * count(d.code) / v.rp22_pop, 2) AS pour_1000_habitants
FROM commune_values v
LEFT JOIN ${d.id} d ON d.code = v.code
WHERE v.in_territory = 1
GROUP BY v.code, v.nom, v.rp22_pop
ORDER BY pour_1000_habitants DESC, v.nom`
		}));
}
