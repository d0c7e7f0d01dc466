/**
 * SQL over the workshop problems (`problems`, `problem_links`, loaded from Arrow) joined with
 * `commune_values`. Filter values chosen by the user travel as bound parameters (`?`), never
 * spliced into the SQL text.
 */
// SUM over INTEGER gives HUGEINT, which Arrow hands over as a decimal string: cast back.
import { ident } from './ident';
import { VALUES_TABLE } from './indicators';

/** Filters of the problems layer; an empty or missing list means "all". */
export interface ProblemFilters {
	/** Forum dates (ISO yyyy-mm-dd). */
	forums?: string[];
	themes?: string[];
	subjects?: string[];
	publics?: string[];
	statuses?: string[];
}

/** A query and its parameters, for a prepared statement. */
export interface BoundQuery {
	sql: string;
	params: string[];
}

/** The column of `commune_values` that holds the population used for intensities. */
export const POPULATION_COLUMN = 'rp22_pop';

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

function where(filters: ProblemFilters): BoundQuery {
	const parts: string[] = [];
	const params: string[] = [];
	const direct: [keyof ProblemFilters, string][] = [
		['forums', 'CAST(p.forum_date AS VARCHAR)'],
		['themes', 'p.theme'],
		['statuses', 'p.status']
	];
	for (const [key, column] of direct) {
		const values = filters[key];
		if (values?.length) {
			parts.push(`${column} IN (${marks(values.length)})`);
			params.push(...values);
		}
	}
	for (const [key, dimension] of [
		['subjects', 'subject'],
		['publics', 'public']
	] as const) {
		const values = filters[key];
		if (values?.length) {
			// A problem matches when one of its subjects (publics) is among the chosen ones.
			parts.push(
				`EXISTS (SELECT 1 FROM problem_links f WHERE f.problem_id = p.id AND f.dimension = '${dimension}' AND f.value IN (${marks(values.length)}))`
			);
			params.push(...values);
		}
	}
	return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params };
}

/**
 * Problems and weights per commune, with the intensity: weighted mentions per 1 000 inhabitants.
 * A problem naming several communes counts once for each of them; « tout le territoire »
 * problems have no commune link and are counted apart (`buildWholeTerritorySql`).
 */
export function buildProblemsByCommuneSql(filters: ProblemFilters): BoundQuery {
	const w = where(filters);
	const pop = `CAST(v.${ident(POPULATION_COLUMN)} AS DOUBLE)`;
	return {
		sql: [
			`SELECT l.value AS code, COUNT(*) AS problems, CAST(SUM(p.weight) AS INTEGER) AS weight,`,
			`  SUM(p.weight) / NULLIF(ANY_VALUE(${pop}), 0) * 1000 AS intensity`,
			`FROM problems p`,
			`JOIN problem_links l ON l.problem_id = p.id AND l.dimension = 'commune'`,
			`LEFT JOIN ${ident(VALUES_TABLE)} v ON v.code = l.value`,
			`WHERE ${w.sql}`,
			`GROUP BY l.value ORDER BY l.value`
		].join('\n'),
		params: w.params
	};
}

/** Problems raised for the whole territory: counted once, not spread over communes. */
export function buildWholeTerritorySql(filters: ProblemFilters): BoundQuery {
	const w = where(filters);
	return {
		sql: `SELECT COUNT(*) AS problems, CAST(COALESCE(SUM(p.weight), 0) AS INTEGER) AS weight FROM problems p WHERE p.whole_territory AND ${w.sql}`,
		params: w.params
	};
}

/**
 * Counts by commune × theme × subject × public. A problem with two subjects and two publics
 * appears in four cells: cell totals are mentions, not distinct problems. Commune is
 * 'territoire' for whole-territory problems; subject or public is NULL when none was given.
 */
export function buildProblemCubeSql(filters: ProblemFilters): BoundQuery {
	const w = where(filters);
	return {
		sql: [
			`SELECT COALESCE(c.value, 'territoire') AS commune, p.theme, s.value AS subject, u.value AS public,`,
			`  COUNT(*) AS problems, CAST(SUM(p.weight) AS INTEGER) AS weight`,
			`FROM problems p`,
			`LEFT JOIN problem_links c ON c.problem_id = p.id AND c.dimension = 'commune'`,
			`LEFT JOIN problem_links s ON s.problem_id = p.id AND s.dimension = 'subject'`,
			`LEFT JOIN problem_links u ON u.problem_id = p.id AND u.dimension = 'public'`,
			`WHERE ${w.sql}`,
			`GROUP BY ALL ORDER BY ALL`
		].join('\n'),
		params: w.params
	};
}

/** Ids of the problems naming one commune (the commune panel shows them). */
export function buildCommuneProblemIdsSql(code: string, filters: ProblemFilters): BoundQuery {
	const w = where(filters);
	return {
		sql: `SELECT p.id FROM problems p JOIN problem_links l ON l.problem_id = p.id AND l.dimension = 'commune' AND l.value = ? WHERE ${w.sql} ORDER BY p.weight DESC, p.id`,
		params: [code, ...w.params]
	};
}
