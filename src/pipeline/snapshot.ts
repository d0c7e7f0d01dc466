/** `snapshot.json`: every indicator for every commune, plus territory and département aggregates. */
import { computeAggregate, computeCommuneValue, round6 } from '../lib/indicators/compute';
import type { Indicator, Snapshot } from '../lib/indicators/types';
import type { BuiltData } from './build';

/** Computes the snapshot from the built table with the catalogue formulas. */
export function buildSnapshot(
	data: BuiltData,
	indicators: Indicator[],
	generatedAt: string
): Snapshot {
	const { territory, values } = data;
	const rowsOf = (codes: string[]) => codes.map((c) => values.get(c) ?? {});
	const members = rowsOf(territory.communes);
	const all = rowsOf(territory.contextCommunes);
	const out: Snapshot['indicators'] = {};
	for (const ind of indicators) {
		const perCommune: Record<string, number | null> = {};
		for (const code of territory.contextCommunes) {
			perCommune[code] = round6(computeCommuneValue(ind, values.get(code) ?? {}));
		}
		const t = computeAggregate(ind, members);
		const d = computeAggregate(ind, all);
		out[ind.id] = {
			values: perCommune,
			territory: { ...t, value: round6(t.value) },
			departement: { ...d, value: round6(d.value) }
		};
	}
	return { generatedAt, indicators: out };
}
