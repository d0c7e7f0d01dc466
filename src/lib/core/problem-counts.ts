/**
 * Problem counts per commune and for the whole territory, from the one SQL builder
 * (`$lib/sql/problems`). The map, /croisements and /concentrations all count through
 * `countProblems`: there is no second way of computing these numbers.
 */
import type { Engine } from '$lib/data/duckdb';
import type { Row } from '$lib/data/columns';
import {
	buildProblemsByCategorySql,
	buildProblemsByCommuneSql,
	buildWholeTerritorySql,
	type ProblemFilters
} from '$lib/sql/problems';

/** Counts of one commune. */
export interface CommuneProblems {
	problems: number;
	weight: number;
	/** Weighted mentions per 1 000 inhabitants; null when the population is unknown. */
	intensity: number | null;
}

/** What `countProblems` returns. */
export interface ProblemCounts {
	/** Every commune of `commune_values` (0 when never named), by INSEE code. */
	byCommune: Record<string, CommuneProblems>;
	/** « Tout le territoire » problems, counted once, apart. */
	whole: { problems: number; weight: number };
}

/** Rows of `buildProblemsByCommuneSql` as a lookup by commune code. */
export function toByCommune(rows: readonly Row[]): Record<string, CommuneProblems> {
	const out: Record<string, CommuneProblems> = {};
	for (const r of rows) {
		out[String(r.code)] = {
			problems: Number(r.problems),
			weight: Number(r.weight),
			intensity: typeof r.intensity === 'number' ? r.intensity : null
		};
	}
	return out;
}

/** Counts the problems loaded in the engine with `filters` (statuses default: see the builder). */
export async function countProblems(
	engine: Pick<Engine, 'queryBound'>,
	filters: ProblemFilters
): Promise<ProblemCounts> {
	const [rows, whole] = await Promise.all([
		engine.queryBound(buildProblemsByCommuneSql(filters)),
		engine.queryBound(buildWholeTerritorySql(filters))
	]);
	return {
		byCommune: toByCommune(rows),
		whole: {
			problems: Number(whole[0]?.problems ?? 0),
			weight: Number(whole[0]?.weight ?? 0)
		}
	};
}

/** Values aligned on `codes` (e.g. the index's communes): intensity, null when unknown. */
export function intensityValues(
	codes: readonly string[],
	byCommune: Readonly<Record<string, CommuneProblems>>
): (number | null)[] {
	return codes.map((c) => byCommune[c]?.intensity ?? null);
}

/** Problems of one theme or one public (see `buildProblemsByCategorySql`). */
export interface CategoryCount {
	value: string;
	problems: number;
	weight: number;
}

/** Counts the problems loaded in the engine per theme, or per public. */
export async function countProblemsByCategory(
	engine: Pick<Engine, 'queryBound'>,
	category: 'theme' | 'public',
	filters: ProblemFilters
): Promise<CategoryCount[]> {
	const rows = await engine.queryBound(buildProblemsByCategorySql(category, filters));
	return rows.map((r) => ({
		value: String(r.value),
		problems: Number(r.problems),
		weight: Number(r.weight)
	}));
}
