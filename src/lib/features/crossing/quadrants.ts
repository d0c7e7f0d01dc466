/**
 * Expressed vs measured: crosses what the statistics say (an indicator, oriented so that a
 * higher score means more need) with what the workshops raised (weighted mentions per 1 000
 * inhabitants). Pure; the thresholds are returned so the page can state them.
 */
import { quantileSorted } from 'simple-statistics';
import type { Indicator, Polarity } from '$lib/indicators/types';

/** Need tercile (0 low … 2 high) and expression class (0 none, 1 some, 2 many). */
export interface Crossing {
	code: string;
	value: number | null;
	intensity: number;
	need: 0 | 1 | 2 | null;
	expressed: 0 | 1 | 2;
	/** The four readings explained on the page. */
	reading: 'both' | 'silent' | 'unmeasured' | 'neither' | 'middle' | 'unknown';
}

/** Thresholds, in the indicator's unit and in mentions per 1 000 inhabitants. */
export interface Thresholds {
	/** Values separating the need terciles (on the raw indicator, in its unit). */
	needCuts: [number, number] | null;
	/** Median intensity among communes with at least one mention. */
	intensityCut: number | null;
}

/**
 * Classifies communes. Need terciles are computed on the territory's non-null values, oriented
 * by polarity (for polarity −1, the lowest third of values is the highest need). Expression: 0
 * when no problem names the commune, 1 below the median of the non-zero intensities, 2 above.
 */
export function crossNeeds(
	codes: readonly string[],
	values: Record<string, number | null>,
	intensity: Record<string, number | null>,
	polarity: Polarity
): { rows: Crossing[]; thresholds: Thresholds } {
	const sign = polarity === -1 ? -1 : 1;
	const known = codes
		.map((c) => values[c])
		.filter((v): v is number => v !== null && v !== undefined);
	const sorted = [...known].sort((a, b) => a - b);
	const needCuts: [number, number] | null =
		sorted.length >= 3 ? [quantileSorted(sorted, 1 / 3), quantileSorted(sorted, 2 / 3)] : null;
	const positive = codes
		.map((c) => intensity[c] ?? 0)
		.filter((x) => x > 0)
		.sort((a, b) => a - b);
	const intensityCut = positive.length ? quantileSorted(positive, 0.5) : null;

	const rows = codes.map((code): Crossing => {
		const value = values[code] ?? null;
		const inten = intensity[code] ?? 0;
		let need: Crossing['need'] = null;
		if (value !== null && needCuts) {
			const t = value <= needCuts[0] ? 0 : value <= needCuts[1] ? 1 : 2;
			need = (sign === 1 ? t : 2 - t) as 0 | 1 | 2;
		}
		const expressed: Crossing['expressed'] =
			inten <= 0 ? 0 : intensityCut !== null && inten > intensityCut ? 2 : 1;
		return { code, value, intensity: inten, need, expressed, reading: reading(need, expressed) };
	});
	return { rows, thresholds: { needCuts, intensityCut } };
}

function reading(need: Crossing['need'], expressed: Crossing['expressed']): Crossing['reading'] {
	if (need === null) return 'unknown';
	if (need === 2 && expressed === 0) return 'silent';
	if (need === 2) return 'both';
	if (need === 0 && expressed === 2) return 'unmeasured';
	if (need === 0 && expressed === 0) return 'neither';
	return 'middle';
}

/**
 * Both need cuts are one value: more than a third of the communes share it (no EAJE, no QPV), so
 * the indicator makes two groups, not three thirds (no median group).
 */
export function cutsTied(thresholds: Pick<Thresholds, 'needCuts'>): boolean {
	const cuts = thresholds.needCuts;
	return cuts !== null && cuts[0] === cuts[1];
}

/**
 * The most marked group is the communes without an equipment that serves a whole sector (no
 * collège in 63 communes of 71): both cuts tie at 0 and a low value signals the need. Reading
 * « none here » as a need there would name most of the territory's villages, which lack nothing
 * (`Indicator.servesSector`): the crossing's pages say so instead of calling them silent needs.
 */
export function zeroIsNoLack(
	indicator: Pick<Indicator, 'polarity' | 'servesSector'>,
	thresholds: Pick<Thresholds, 'needCuts'>
): boolean {
	return (
		!!indicator.servesSector &&
		indicator.polarity === -1 &&
		cutsTied(thresholds) &&
		thresholds.needCuts![0] === 0
	);
}

/** The need class named in plain French: thirds, or two groups when the cuts tie (`cutsTied`). */
export function needGroup(level: 'most' | 'least', tied: boolean): string {
	const word = tied ? 'groupe' : 'tiers';
	return `${word} le ${level === 'most' ? 'plus' : 'moins'} marqué`;
}

/** Plain-French meaning of each reading; `tied`: the indicator's two groups (`cutsTied`). */
export function readings(tied = false): Record<Crossing['reading'], string> {
	const least = needGroup('least', tied);
	return {
		both: 'Besoin mesuré et exprimé : l’indicateur signale un besoin fort et les ateliers en ont parlé.',
		silent:
			'Besoin silencieux : l’indicateur signale un besoin fort, mais aucune problématique ne cite la commune.',
		unmeasured: `Besoin exprimé, peu mesuré : les ateliers en parlent beaucoup, mais l’indicateur est dans le ${least}.`,
		neither: `Ni mesuré ni exprimé : indicateur dans le ${least}, aucune problématique.`,
		middle: 'Situation intermédiaire.',
		unknown: 'Indicateur non disponible (secret ou absent) : la commune ne peut pas être classée.'
	};
}
