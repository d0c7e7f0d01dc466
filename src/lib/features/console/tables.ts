/**
 * The tables the console can read, with their columns, listed from the engine itself
 * (`information_schema`), and a French line on each table the atlas loads.
 */
import type { UserSqlConnector } from '$lib/data/user-sql';

export interface TableInfo {
	name: string;
	/** What the table holds, in French (empty for a table the atlas does not know). */
	about: string;
	columns: { name: string; type: string }[];
}

const ABOUT: Record<string, string> = {
	commune_values:
		'Une ligne par commune du Gard : effectifs et valeurs publiés (Insee, CAF, Éducation nationale…). in_territory = 1 pour les communes d’Alès Agglomération.',
	value_gaps:
		'Les valeurs absentes de commune_values et leur raison (secret statistique, non publié…).',
	problems: 'Les problématiques des ateliers enregistrées dans ce navigateur.',
	problem_links:
		'Les communes, sujets et publics de chaque problématique (dimension = commune, subject ou public).'
};

export const TABLES_SQL = `SELECT table_name, column_name, data_type
FROM information_schema.columns
WHERE table_schema = 'main'
ORDER BY table_name, ordinal_position`;

/** Lists the tables and their columns through the read-only connection. */
export async function listTables(
	sql: UserSqlConnector,
	extra: Record<string, string> = {}
): Promise<TableInfo[]> {
	const rows = await sql.query(TABLES_SQL);
	const byName = new Map<string, TableInfo>();
	for (const r of rows) {
		const name = String(r.table_name);
		let t = byName.get(name);
		if (!t) {
			t = { name, about: ABOUT[name] ?? extra[name] ?? '', columns: [] };
			byName.set(name, t);
		}
		t.columns.push({ name: String(r.column_name), type: String(r.data_type) });
	}
	return [...byName.values()];
}
