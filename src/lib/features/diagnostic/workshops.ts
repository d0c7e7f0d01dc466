/**
 * « Ce que les ateliers ont soulevé » and « Besoins silencieux » for one theme, in plain French:
 * the workshop counts of the core's problems store (filtered on the theme, as /croisements
 * filters them) and the /croisements crossing (`crossNeeds`) of each key indicator. Pure.
 */
import type { CommuneProblems } from '$lib/core/problems.svelte';
import { crossNeeds, cutsTied, needGroup, zeroIsNoLack } from '$lib/features/crossing/quadrants';
import { formatNumber } from '$lib/format/number';
import { RARE_EVENTS_LABEL, SMALL_DENOMINATOR_LABEL } from '$lib/indicators/reliability';
import type { Indicator } from '$lib/indicators/types';

/** The theme's problem counts, as the problems store gives them. */
export interface ThemeCounts {
	byCommune: Record<string, CommuneProblems>;
	whole: { problems: number; weight: number };
}

/** « A », « A et B », « A, B et C », in French order; past `max` names, « … et 12 autres communes ». */
export function everyPlace(list: readonly string[], max = 10): string {
	const sorted = [...list].sort((a, b) => a.localeCompare(b, 'fr'));
	if (sorted.length > max) {
		const rest = sorted.length - max;
		const s = rest > 1 ? 's' : '';
		return `${sorted.slice(0, max).join(', ')} et ${rest} autre${s} commune${s}`;
	}
	return sorted.length > 1
		? `${sorted.slice(0, -1).join(', ')} et ${sorted.at(-1)}`
		: (sorted[0] ?? '');
}

const communes = (n: number) => (n === 1 ? '1 commune' : `${formatNumber(n, 0)} communes`);
const problems = (n: number) =>
	n === 1 ? '1 problématique' : `${formatNumber(n, 0)} problématiques`;

/**
 * How many communes the workshops named on this theme, the most cited ones, the whole-territory
 * ones. « Most cited » is by weighted mentions (a problem's weight counts the participants or
 * structures who raised it), said as such with each commune's problems beside it: the three
 * first, and any commune tied with the third (none is left out of a tie).
 */
export function workshopSentence(
	counts: ThemeCounts,
	codes: readonly string[],
	names: Record<string, string>
): string {
	const weight = (c: string) => counts.byCommune[c]!.weight;
	const cited = codes
		.filter((c) => (counts.byCommune[c]?.problems ?? 0) > 0)
		.sort((a, b) => weight(b) - weight(a) || (names[a] ?? a).localeCompare(names[b] ?? b, 'fr'));
	const whole = counts.whole.problems;
	const wholeText = whole
		? `${problems(whole)} ${whole === 1 ? 'vise' : 'visent'} tout le territoire`
		: '';
	if (!cited.length)
		return whole
			? `Aucune problématique de ce thème ne nomme une commune ; ${wholeText}.`
			: 'Les ateliers n’ont soulevé aucune problématique sur ce thème.';
	const third = cited[Math.min(2, cited.length - 1)]!;
	const top = cited
		.filter((c, i) => i < 3 || weight(c) === weight(third))
		.map((c) => {
			const w = weight(c);
			const mentions = w === 1 ? '1 mention' : `${formatNumber(w, 0)} mentions`;
			return `${names[c] ?? c} (${mentions}, ${problems(counts.byCommune[c]!.problems)})`;
		});
	const list = top.length > 1 ? `${top.slice(0, -1).join(', ')} et ${top.at(-1)}` : top[0]!;
	return (
		`Les problématiques de ce thème nomment ${communes(cited.length)} ; ` +
		`les plus citées, en mentions pondérées : ${list}` +
		(whole ? ` ; ${wholeText}` : '') +
		'.'
	);
}

/**
 * One indicator crossed with the workshops: its silent needs and its needs raised but little
 * measured. A commune whose value rests on a tiny denominator (`small`, `reliability.ts`) is
 * named with « (petit effectif) », as /croisements flags it. The communes without an equipment
 * that serves a sector (`zeroIsNoLack`) are counted and said to lack nothing, not named as
 * silent needs (58 communes « sans collège » were, in the Jeunesse chapter).
 */
export function crossingSentence(
	indicator: Pick<Indicator, 'label' | 'polarity' | 'servesSector'>,
	values: Record<string, number | null>,
	counts: ThemeCounts,
	codes: readonly string[],
	names: Record<string, string>,
	small: readonly string[] = [],
	/** Communes where the indicator, a birth rate, rests on fewer than 20 births. */
	rare: readonly string[] = []
): string | null {
	if (indicator.polarity === 0) return null;
	const intensity = Object.fromEntries(
		Object.entries(counts.byCommune).map(([c, x]) => [c, x.intensity])
	);
	const { rows, thresholds } = crossNeeds(codes, values, intensity, indicator.polarity);
	const tied = cutsTied(thresholds);
	const named = (reading: string) =>
		rows
			.filter((r) => r.reading === reading)
			.map((r) => {
				const flag = small.includes(r.code)
					? SMALL_DENOMINATOR_LABEL
					: rare.includes(r.code)
						? RARE_EVENTS_LABEL
						: null;
				return `${names[r.code] ?? r.code}${flag ? ` (${flag})` : ''}`;
			});
	const silent = named('silent');
	const unmeasured = named('unmeasured');
	if (!silent.length && !unmeasured.length) return null;
	const sector = zeroIsNoLack(indicator, thresholds) ? indicator.servesSector! : null;
	const parts = [
		sector && silent.length
			? `aucun besoin silencieux lu ici (${communes(silent.length)} ${sector.without} ne ${silent.length === 1 ? 'est nommée' : 'sont nommées'} par aucune problématique, mais ${sector.why} : ce n’est pas en soi un manque)`
			: silent.length
				? `besoin silencieux (${needGroup('most', tied)}, aucune problématique) à ${everyPlace(silent)}`
				: 'aucune commune en besoin silencieux',
		unmeasured.length
			? `besoin exprimé mais peu mesuré (beaucoup de mentions, ${needGroup('least', tied)}) à ${everyPlace(unmeasured)}`
			: // « aucun besoin exprimé mais peu mesuré » read as a statement about the need itself.
				'aucune commune où le besoin est exprimé mais peu mesuré'
	];
	return `${indicator.label} : ${parts.join(' ; ')}.`;
}

/** What a chapter says about the workshops. */
export interface ChapterWorkshops {
	summary: string;
	/** One sentence per key indicator with silent or little-measured needs. */
	crossings: string[];
}

/** The chapter's workshop part, from the theme's counts and its key indicators' values. */
export function chapterWorkshops(
	indicators: readonly Pick<Indicator, 'label' | 'polarity' | 'servesSector'>[],
	valuesOf: (i: number) => Record<string, number | null>,
	counts: ThemeCounts,
	codes: readonly string[],
	names: Record<string, string>,
	/** The communes whose value of indicator `i` rests on a tiny denominator. */
	smallOf: (i: number) => readonly string[] = () => [],
	/** The communes where indicator `i`, a birth rate, rests on fewer than 20 births. */
	rareOf: (i: number) => readonly string[] = () => []
): ChapterWorkshops {
	return {
		summary: workshopSentence(counts, codes, names),
		crossings: indicators.flatMap((ind, i) => {
			const s = crossingSentence(ind, valuesOf(i), counts, codes, names, smallOf(i), rareOf(i));
			return s ? [s] : [];
		})
	};
}
