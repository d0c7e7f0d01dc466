/**
 * « Où les besoins se concentrent » for one theme: the /concentrations page's own computation with
 * its defaults (the theme's needs index, queen contiguity, 999 permutations, its seed, p ≤ 0,05),
 * its headline sentence with the FDR correction, the communes of the high-need clusters with and
 * without correction, and its caveats. The LISA run is passed in: the analysis worker in the
 * browser, or the same request handler called directly when the page is prerendered.
 */
import { ClusterClass } from '$lib/analysis/clusters';
import type { LisaResult } from '$lib/analysis/lisa';
import type { SpatialWeights } from '$lib/analysis/weights';
import { themeIndex } from '$lib/features/concentrations/build-index';
import { toAnalysisValues } from '$lib/features/concentrations/inputs';
import { correctedClusters, countSignificant } from '$lib/features/concentrations/significance';
import type { StatsInput } from '$lib/features/concentrations/run-stats';
import type { WeightsKind } from '$lib/features/concentrations/territory-weights';
import {
	clusterCaveats,
	CORRECTION_NAMES,
	headlineSentence,
	type Caveat
} from '$lib/features/concentrations/texts';
import { SMALL_DENOMINATOR } from '$lib/indicators/reliability';
import type { Indicator, Snapshot, ThemeId } from '$lib/indicators/types';
import { placesText } from './sentences';

/** What the chapter says about where needs concentrate. */
export interface ChapterConcentration {
	/** The indicators combined in the theme's needs index. */
	components: string[];
	/** The /concentrations headline (FDR correction), or why there is no index. */
	headline: string;
	/** « Besoins élevés regroupés : … » with and without correction (null when none). */
	clusters: string | null;
	caveats: Caveat[];
}

/** What the builder reads. */
export interface ConcentrationInput {
	theme: ThemeId;
	themeLabel: string;
	catalogue: readonly Indicator[];
	snapshot: Snapshot;
	codes: readonly string[];
	names: Record<string, string>;
	/** The territory's spatial weights for the rule the settings name. */
	weightsOf: (kind: WeightsKind, k: number) => SpatialWeights;
	/** Runs the LISA (same request as /concentrations). */
	lisa: (input: StatsInput) => LisaResult;
}

/** The communes of the high-high class, named. */
function highHigh(classes: Uint8Array, codes: readonly string[], names: Record<string, string>) {
	return codes.filter((_, i) => classes[i] === ClusterClass.HighHigh).map((c) => names[c] ?? c);
}

/** The sentence listing the high-need clusters, with and without the FDR correction. */
export function clustersSentence(raw: readonly string[], fdr: readonly string[]): string | null {
	if (!raw.length) return null;
	const n = (k: number) => (k === 1 ? '1 commune' : `${k} communes`);
	const head = `Parmi elles, besoins élevés entourés de besoins élevés (les autres regroupements sont de besoins faibles ou mêlés), sans correction : ${n(raw.length)} (${placesText(raw)})`;
	if (!fdr.length) return `${head} ; aucune ne le reste après correction (FDR).`;
	return `${head} ; après correction (FDR) : ${n(fdr.length)} (${placesText(fdr)}).`;
}

/** The theme's concentration, from the /concentrations functions. */
export function themeConcentration(x: ConcentrationInput): ChapterConcentration {
	const { settings, result, error } = themeIndex(x.theme, x.catalogue, x.snapshot, x.codes);
	const label = (id: string) => x.catalogue.find((i) => i.id === id)?.label ?? id;
	const components = settings.choices.filter((c) => c.weight > 0).map((c) => label(c.id));
	if (!result)
		return {
			components,
			headline: `Pas d’indice de besoins : ${error ?? 'aucun indicateur mesurable pour ce thème'}.`,
			clusters: null,
			caveats: []
		};
	const lisa = x.lisa({
		values: toAnalysisValues(result.index),
		weights: x.weightsOf(settings.weightsKind, settings.k),
		permutations: settings.permutations,
		seed: settings.seed
	});
	const raw = correctedClusters(lisa, settings.alpha, 'none');
	const fdr = correctedClusters(lisa, settings.alpha, 'fdr');
	return {
		components,
		headline: headlineSentence({
			label: `Indice de besoins (${x.themeLabel})`,
			alpha: settings.alpha,
			correction: 'fdr',
			correctionName: CORRECTION_NAMES.fdr,
			corrected: countSignificant(fdr),
			uncorrected: countSignificant(raw),
			fdr: countSignificant(fdr)
		}),
		clusters: clustersSentence(highHigh(raw, x.codes, x.names), highHigh(fdr, x.codes, x.names)),
		caveats: clusterCaveats(settings.alpha, SMALL_DENOMINATOR)
	};
}
