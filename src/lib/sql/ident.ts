/**
 * The two escape hatches of our SQL builders. Column names come from the indicator catalogue and
 * are validated here; user text never reaches SQL (problems enter DuckDB through Arrow tables).
 */
const IDENT = /^[a-z_][a-z0-9_]*$/;

/** Quotes a catalogue identifier after checking it is a plain snake_case name. */
export function ident(name: string): string {
	if (!IDENT.test(name)) throw new Error(`Identifiant SQL refusé : « ${name} »`);
	return `"${name}"`;
}

/** A SQL string literal for trusted constants (commune codes, theme ids), quotes doubled. */
export function literal(value: string | number | boolean | null): string {
	if (value === null) return 'NULL';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`Nombre SQL invalide : ${value}`);
		return String(value);
	}
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	return `'${value.replaceAll("'", "''")}'`;
}
