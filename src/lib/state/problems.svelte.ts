/**
 * Workshop problems on the map page: loaded from the browser's store (or the fictional example)
 * into DuckDB, counted per commune with the chosen filters.
 */
import type { FeatureCollection } from 'geojson';
import type { Engine } from '$lib/data/duckdb';
import {
	buildCommuneProblemIdsSql,
	buildProblemsByCommuneSql,
	buildWholeTerritorySql,
	type ProblemFilters
} from '$lib/sql/problems';
import type { Problem } from '$lib/workshops/model';

/** Counts of one commune. */
export interface CommuneProblems {
	problems: number;
	weight: number;
	/** Weighted mentions per 1 000 inhabitants; null when the population is unknown. */
	intensity: number | null;
}

export class ProblemsState {
	status = $state<'idle' | 'loading' | 'ready' | 'failed'>('idle');
	message = $state('');
	all = $state.raw<Problem[]>([]);
	/** True while the fictional example is shown (no problem of the user's own yet). */
	example = $state(false);
	filters = $state<ProblemFilters>({});
	byCommune = $state.raw<Record<string, CommuneProblems>>({});
	whole = $state.raw({ problems: 0, weight: 0 });
	private engine: Engine | null = null;

	/** Loads the problems into DuckDB; the Arrow and storage code is fetched only now. */
	async load(engine: Engine): Promise<void> {
		this.engine = engine;
		this.status = 'loading';
		try {
			const [{ currentProblems }, { problemsToArrowIPC }] = await Promise.all([
				import('$lib/workshops/current'),
				import('$lib/workshops/arrow')
			]);
			const { problems, example } = await currentProblems();
			await engine.replaceTables(problemsToArrowIPC(problems));
			this.all = problems;
			this.example = example;
			await this.refresh();
			this.status = 'ready';
		} catch (e) {
			this.status = 'failed';
			this.message = `Les problématiques des ateliers n'ont pas pu être chargées (${e instanceof Error ? e.message : String(e)}).`;
		}
	}

	/** Recounts with the current filters. */
	async refresh(): Promise<void> {
		const engine = this.engine;
		if (!engine) return;
		const filters = $state.snapshot(this.filters);
		const [rows, whole] = await Promise.all([
			engine.queryBound(buildProblemsByCommuneSql(filters)),
			engine.queryBound(buildWholeTerritorySql(filters))
		]);
		const out: Record<string, CommuneProblems> = {};
		for (const r of rows) {
			out[String(r.code)] = {
				problems: Number(r.problems),
				weight: Number(r.weight),
				intensity: typeof r.intensity === 'number' ? r.intensity : null
			};
		}
		this.byCommune = out;
		this.whole = {
			problems: Number(whole[0]?.problems ?? 0),
			weight: Number(whole[0]?.weight ?? 0)
		};
	}

	/** The problems naming one commune, heaviest first. */
	async forCommune(code: string): Promise<Problem[]> {
		if (!this.engine || this.status !== 'ready') return [];
		const rows = await this.engine.queryBound(
			buildCommuneProblemIdsSql(code, $state.snapshot(this.filters))
		);
		// A plain lookup object, built and read here only: nothing reactive about it.
		const byId: Record<string, Problem> = Object.fromEntries(this.all.map((p) => [p.id, p]));
		return rows.map((r) => byId[String(r.id)]).filter((p): p is Problem => p !== undefined);
	}

	/** Points for the proportional symbols, at each commune's inside point. */
	symbols(communes: FeatureCollection): { points: FeatureCollection; max: number } {
		let max = 0;
		const features: FeatureCollection['features'] = [];
		for (const f of communes.features) {
			const p = f.properties as { code: string; lx: number; ly: number };
			const c = this.byCommune[p.code];
			if (!c) continue;
			max = Math.max(max, c.weight);
			features.push({
				type: 'Feature',
				properties: { code: p.code, weight: c.weight, problems: c.problems },
				geometry: { type: 'Point', coordinates: [p.lx, p.ly] }
			});
		}
		return { points: { type: 'FeatureCollection', features }, max };
	}
}
