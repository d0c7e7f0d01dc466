/**
 * Ranks, references and gaps of Alès (30007) and La Grand-Combe (30132) for the youth
 * unemployment rate, read by hand from the pipeline's snapshot:
 *   jq -c '.indicators.chomage_15_24 | [.territory.value, .departement.value, .values["30007"],
 *     .values["30132"]]' static/data/snapshot.json
 *   → [32.816301, 28.816589, 39.287238, 28.995848]
 * Agglomération = 1719.473055 unemployed ÷ 5239.691888 active (summed counts) = 32.8163 %.
 * Gaps: 39.287238 − 32.816301 = 6.470937 points; 28.995848 − 32.816301 = −3.820453 points.
 * Ranks: 15e and 30e sur 70 (see src/lib/analysis/rank.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { snapshotProvider } from '$lib/data/values';
import { formatGap } from '$lib/format/gap';
import { indicators } from '$lib/indicators/catalogue';
import type { Snapshot, TerritoryInfo } from '$lib/indicators/types';
import { compareRows } from './compare-rows';

const read = <T>(f: string) => JSON.parse(readFileSync(`static/data/${f}`, 'utf8')) as T;
const provider = snapshotProvider(read<Snapshot>('snapshot.json'));
const { communes } = read<TerritoryInfo>('territory.json');
const ind = indicators.find((i) => i.id === 'chomage_15_24')!;

describe('compareRows', () => {
	it('gives each commune its value, rank and gap to the Agglomération', async () => {
		const [row] = compareRows(
			[ind],
			['30007', '30132'],
			communes,
			{ [ind.id]: await provider.communeValues(ind) },
			{ [ind.id]: await provider.aggregates(ind) }
		);
		expect(row!.aggregates.territory.value).toBeCloseTo(32.816301, 6);
		expect(row!.aggregates.territory.value).toBeCloseTo((1719.473055 / 5239.691888) * 100, 4);
		expect(row!.aggregates.departement.value).toBeCloseTo(28.816589, 6);
		const [ales, grandCombe] = row!.cells;
		expect(ales!.rank).toMatchObject({ position: 15, ranked: 70 });
		expect(grandCombe!.rank).toMatchObject({ position: 30, ranked: 70 });
		expect(ales!.gap).toBeCloseTo(6.470937, 6);
		expect(grandCombe!.gap).toBeCloseTo(-3.820453, 6);
		expect(formatGap(ales!.gap, ind)).toBe('+6,5\u00a0points');
		expect(formatGap(grandCombe!.gap, ind)).toBe('−3,8\u00a0points');
	});
});
