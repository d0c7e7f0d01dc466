/**
 * SQL over the workshop problems (`problems`, `problem_links`, loaded from Arrow) joined with
 * `commune_values`: the one place where problems are counted, for the map, /croisements and
 * /concentrations. Filter values chosen by the user travel as bound parameters (`?`), never
 * spliced into the SQL text.
 */
// SUM over INTEGER gives HUGEINT, which Arrow hands over as a decimal string: cast back.
import { STATUS_IDS, type ProblemStatus } from '$lib/features/workshops/model';
import { ident } from './ident';
import { VALUES_TABLE } from './indicators';

/**
 * Filters of the problems. For forums, themes, subjects and publics an empty or missing list
 * means "all". Statuses differ: a missing list means {@link DEFAULT_COUNTED_STATUSES}, and an
 * empty list counts nothing (the user unticked every status).
 */
export interface ProblemFilters {
	/** Forum dates (ISO yyyy-mm-dd). */
	forums?: string[];
	themes?: string[];
	subjects?: string[];
	publics?: string[];
	statuses?: ProblemStatus[];
}

/**
 * The status rule, decided here once: a problem marked « écartée » was judged not to be a need,
 * so it is left out of every count unless the user ticks it.
 */
export const DEFAULT_COUNTED_STATUSES: readonly ProblemStatus[] = STATUS_IDS.filter(
	(s) => s !== 'ecartee'
);

/** Filters every page starts from: all forums, themes, subjects and publics; default statuses. */
export function defaultProblemFilters(): ProblemFilters {
	return { statuses: [...DEFAULT_COUNTED_STATUSES] };
}

/** The statuses a filter counts (the default when none was chosen). */
export function countedStatuses(filters: ProblemFilters): readonly ProblemStatus[] {
	return filters.statuses ?? DEFAULT_COUNTED_STATUSES;
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
	const direct: [string[] | undefined, string][] = [
		[filters.forums, 'CAST(p.forum_date AS VARCHAR)'],
		[filters.themes, 'p.theme']
	];
	for (const [values, column] of direct) {
		if (values?.length) {
			parts.push(`${column} IN (${marks(values.length)})`);
			params.push(...values);
		}
	}
	const statuses = countedStatuses(filters);
	if (statuses.length) {
		parts.push(`p.status IN (${marks(statuses.length)})`);
		params.push(...statuses);
	} else parts.push('FALSE');
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
 * Every commune of `commune_values` gets a row: one never named has 0 problems and intensity 0
 * (a count, not a missing value); intensity is NULL only when the population is unknown.
 */
export function buildProblemsByCommuneSql(filters: ProblemFilters): BoundQuery {
	const w = where(filters);
	const pop = `CAST(v.${ident(POPULATION_COLUMN)} AS DOUBLE)`;
	return {
		sql: [
			`WITH counts AS (`,
			`  SELECT l.value AS code, COUNT(*) AS problems, SUM(p.weight) AS weight`,
			`  FROM problems p`,
			`  JOIN problem_links l ON l.problem_id = p.id AND l.dimension = 'commune'`,
			`  WHERE ${w.sql}`,
			`  GROUP BY l.value`,
			`)`,
			`SELECT COALESCE(c.code, v.code) AS code, COALESCE(c.problems, 0) AS problems,`,
			`  CAST(COALESCE(c.weight, 0) AS INTEGER) AS weight,`,
			`  CAST(COALESCE(c.weight, 0) AS DOUBLE) / NULLIF(${pop}, 0) * 1000 AS intensity`,
			`FROM counts c FULL JOIN ${ident(VALUES_TABLE)} v ON v.code = c.code`,
			`ORDER BY 1`
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

/** Ids of the problems naming one commune (the commune panel shows them). */
export function buildCommuneProblemIdsSql(code: string, filters: ProblemFilters): BoundQuery {
	const w = where(filters);
	return {
		sql: `SELECT p.id FROM problems p JOIN problem_links l ON l.problem_id = p.id AND l.dimension = 'commune' AND l.value = ? WHERE ${w.sql} ORDER BY p.weight DESC, p.id`,
		params: [code, ...w.params]
	};
}

/**
 * Problems per theme, or per public (a problem naming two publics counts once for each; one
 * naming none is not counted under any public). Ordered by count, then id.
 */
export function buildProblemsByCategorySql(
	category: 'theme' | 'public',
	filters: ProblemFilters
): BoundQuery {
	const w = where(filters);
	const from =
		category === 'theme'
			? `SELECT p.theme AS value, p.weight FROM problems p WHERE ${w.sql}`
			: `SELECT l.value AS value, p.weight FROM problems p JOIN problem_links l ON l.problem_id = p.id AND l.dimension = 'public' WHERE ${w.sql}`;
	return {
		sql: `SELECT value, COUNT(*) AS problems, CAST(SUM(weight) AS INTEGER) AS weight FROM (${from}) GROUP BY value ORDER BY problems DESC, value`,
		params: w.params
	};
}

/** How many loaded problems are marked « exemple fictif » (`n`). */
export const FICTIONAL_COUNT_SQL =
	'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM problems WHERE example';
