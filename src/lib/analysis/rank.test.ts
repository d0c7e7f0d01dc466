/**
 * Ranks of Alès (30007) and La Grand-Combe (30132), computed by hand from the pipeline's
 * snapshot, for the 71 communes of territory.json. For each indicator and commune:
 *   T=$(jq -c .communes static/data/territory.json)
 *   jq -r --argjson t "$T" --arg i chomage_15_24 --arg c 30007 '.indicators[$i].values as $v
 *     | [$t[] | $v[.] | select(. != null)] as $xs | $v[$c] as $x
 *     | "higher=\([$xs[]|select(. > $x)]|length) lower=\([$xs[]|select(. < $x)]|length)
 *        equal=\([$xs[]|select(. == $x)]|length) ranked=\($xs|length)"' static/data/snapshot.json
 * gave:
 *   chomage_15_24 (polarity 1, 30316 NULL): 30007 higher=14 equal=1 ranked=70 → 15e sur 70;
 *     30132 higher=29 → 30e sur 70.
 *   niveau_vie_median_2021 (polarity -1, 30044 and 30329 NULL): 30007 lower=4 ranked=69 → 5e;
 *     30132 lower=0 → 1er sur 69.
 *   part_proprietaires (polarity 0, no NULL): 30007 higher=69 → 70e sur 71; 30132 higher=70 → 71e.
 *   Ties: chomage_15_24 = 25 for 30053, 30137 and 30318, with 34 communes higher → places 35
 *   to 37, « 35e à 37e ex æquo ».
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Snapshot, TerritoryInfo } from '$lib/indicators/types';
import { rankText } from '$lib/format/rank';
import { rankOf } from './rank';

const read = <T>(f: string) => JSON.parse(readFileSync(`static/data/${f}`, 'utf8')) as T;
const snapshot = read<Snapshot>('snapshot.json');
const { communes } = read<TerritoryInfo>('territory.json');
const rank = (id: string, code: string, polarity: 1 | -1 | 0) =>
	rankOf(snapshot.indicators[id]!.values, communes, code, polarity);

describe('rankOf on the snapshot (hand-computed)', () => {
	const cases = [
		{ id: 'chomage_15_24', code: '30007', p: 1, expected: [15, 1, 70, 'desc'] },
		{ id: 'chomage_15_24', code: '30132', p: 1, expected: [30, 1, 70, 'desc'] },
		{ id: 'niveau_vie_median_2021', code: '30007', p: -1, expected: [5, 1, 69, 'asc'] },
		{ id: 'niveau_vie_median_2021', code: '30132', p: -1, expected: [1, 1, 69, 'asc'] },
		{ id: 'part_proprietaires', code: '30007', p: 0, expected: [70, 1, 71, 'desc'] },
		{ id: 'part_proprietaires', code: '30132', p: 0, expected: [71, 1, 71, 'desc'] },
		{ id: 'chomage_15_24', code: '30137', p: 1, expected: [35, 3, 70, 'desc'] }
	] as const;
	it.each(cases)('$id $code', ({ id, code, p, expected }) => {
		const [position, tied, ranked, order] = expected;
		expect(rank(id, code, p)).toEqual({ position, tied, ranked, total: 71, order });
	});

	it('does not rank a commune whose value is NULL', () => {
		expect(rank('chomage_15_24', '30316', 1)).toBeNull();
		expect(rank('niveau_vie_median_2021', '30329', -1)).toBeNull();
	});

	it('writes the rank in French', () => {
		expect(rankText(rank('chomage_15_24', '30007', 1)!)).toBe('15e sur 70 communes renseignées');
		expect(rankText(rank('niveau_vie_median_2021', '30132', -1)!)).toBe(
			'1er sur 69 communes renseignées'
		);
		expect(rankText(rank('part_proprietaires', '30007', 0)!)).toBe('70e sur 71');
		expect(rankText(rank('chomage_15_24', '30318', 1)!)).toBe(
			'35e à 37e ex æquo sur 70 communes renseignées'
		);
	});
});

describe('rankOf on a small table', () => {
	const values = { a: 3, b: 1, c: 3, d: null, e: 2 };
	const codes = ['a', 'b', 'c', 'd', 'e'];
	it('shares a rank between equal values and skips the next one', () => {
		expect(rankOf(values, codes, 'c', 1)).toMatchObject({ position: 1, tied: 2, ranked: 4 });
		expect(rankOf(values, codes, 'e', 1)).toMatchObject({ position: 3, tied: 1 });
		expect(rankOf(values, codes, 'b', -1)).toMatchObject({ position: 1, order: 'asc' });
		expect(rankOf(values, codes, 'a', -1)).toMatchObject({ position: 3, tied: 2 });
	});
});
