/**
 * /concentrations and the map count the same way: both go through `countProblems`, over the
 * fictional example set in DuckDB. Hand counts from data/problemes-exemple-fictif.csv (see
 * src/lib/sql/problems.test.ts for the awk command), with the test's own populations:
 * (awk as there, keeping rows whose column 5, the theme, is the one named):
 *   « petite enfance et enfance », no « écartée » among these rows:
 *     La Grand-Combe (30132, 5 000 inh.): lines 16 (8), 17 (5), 20 (6) → 19 → 3.8 per 1 000;
 *     Saint-Christol-lez-Alès (30243, 8 000 inh.): line 3 (5) → 0.625; Boisset-et-Gaujac
 *     (30042, 2 000 inh.): none → 0.
 *   « jeunesse »: La Grand-Combe lines 21 (11), 22 (7), 23 (4) → 22 → 4.4;
 *     Saint-Christol-lez-Alès: only line 12 (3, écartée) → 0 by default, 0.375 when ticked;
 *     Boisset-et-Gaujac: only line 37 (2, écartée) → 0 by default, 2 / 2 000 × 1 000 = 1.
 *   Alès (30007) has no population here → null, never 0.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '$lib/data/columns';
import { defaultProblemFilters } from '$lib/sql/problems';
import { countProblems } from '$lib/core/problem-counts';
import { loadExample } from '$lib/features/workshops/example';
import { STATUS_IDS, type Problem } from '$lib/features/workshops/model';
import { boundRows, useNodeDb } from '../../../../tests/helpers/duckdb-node';
import { loadProblemTables } from '../../../../tests/helpers/problem-tables';
import { ALES_COMMUNES } from '../../../../tests/fixtures/workshops/ales-communes';
import { indicators } from '$lib/indicators/catalogue';
import { defaultSettings, type Settings } from './settings';
import { workshopView } from './workshop-counts';

const CODES = ['30132', '30243', '30007', '30042'];

let example: Problem[] = [];
beforeAll(async () => {
	example = await loadExample(ALES_COMMUNES);
});
const db = useNodeDb((conn) =>
	loadProblemTables(conn, example, { '30132': 5000, '30243': 8000, '30042': 2000 })
);
const engine = () => ({
	queryBound: async (q: { sql: string; params: unknown[] }) => boundRows(db(), q) as Row[]
});

/** The component's values as /concentrations computes them, once its counts are in. */
async function concentrationValues(settings: Settings) {
	const { filters } = workshopView(
		settings,
		{ status: 'idle', counted: null, byCommune: {}, example: true },
		CODES
	);
	const counts = await countProblems(engine(), filters);
	const counted = {
		status: 'ready' as const,
		counted: filters,
		byCommune: counts.byCommune,
		example: true
	};
	return workshopView(settings, counted, CODES).values!.values;
}

describe('the concentrations component equals the map intensity', () => {
	const base = { ...defaultSettings(indicators, 'petite_enfance'), workshopWeight: 1 };

	it('with the default statuses and the theme chosen on the map', async () => {
		// The map with « petite enfance et enfance » chosen in its Thème filter.
		const map = await countProblems(engine(), {
			...defaultProblemFilters(),
			themes: ['petite_enfance']
		});
		const values = await concentrationValues(base);
		expect(values).toEqual(CODES.map((c) => map.byCommune[c]?.intensity ?? null));
		expect(values).toEqual([expect.closeTo(3.8, 10), expect.closeTo(0.625, 10), null, 0]);
	});

	it('with « écartée » ticked on both pages', async () => {
		const settings = { ...base, theme: 'jeunesse' as const };
		expect(await concentrationValues(settings)).toEqual([expect.closeTo(4.4, 10), 0, null, 0]);
		const all = { ...settings, workshopStatuses: [...STATUS_IDS] };
		const map = await countProblems(engine(), { themes: ['jeunesse'], statuses: [...STATUS_IDS] });
		const values = await concentrationValues(all);
		expect(values).toEqual(CODES.map((c) => map.byCommune[c]?.intensity ?? null));
		expect(values).toEqual([expect.closeTo(4.4, 10), expect.closeTo(0.375, 10), null, 1]);
	});

	it('has no values while the counts are those of other filters', () => {
		const stale = {
			status: 'ready' as const,
			counted: { themes: ['jeunesse'] },
			byCommune: {},
			example: false
		};
		const view = workshopView(base, stale, CODES);
		expect(view.values).toBeNull();
		expect(view.status).toBe('loading');
		expect(workshopView({ ...base, workshopWeight: 0 }, stale, CODES).status).toBe('off');
	});
});
