/**
 * Empirical Bayes smoothing of rates (global, Marshall's method of moments, as GeoDa's
 * "Empirical Bayes" rate). A rate computed on 40 inhabitants jumps with one event; EB pulls each
 * raw rate towards the overall rate, more strongly when the population is small:
 *   θ = Σ O / Σ P (overall rate, from summed counts), P̄ = Σ P / n,
 *   s² = Σ P_i (r_i − θ)² / Σ P, φ = s² − θ / P̄ (prior variance, 0 if negative),
 *   w_i = φ / (φ + θ / P_i), EB_i = w_i r_i + (1 − w_i) θ.
 */
import { isPresent, type Values } from './stats';

/** Options of {@link empiricalBayesRates}. */
export interface SmoothingOptions {
	/** Units with a population (denominator) below this are flagged as small (default 500). */
	smallPopulation?: number;
}

/** Result of {@link empiricalBayesRates}; null where events or population are missing or P = 0. */
export interface SmoothingResult {
	/** Raw rates O / P. */
	raw: (number | null)[];
	/** Smoothed rates. */
	smoothed: (number | null)[];
	/** Weight of the unit's own rate in the smoothed one (1 = unchanged). */
	shrinkWeight: (number | null)[];
	/** True when the population is under the threshold: show the rate with caution. */
	smallPopulation: boolean[];
	/** Overall rate θ. */
	overallRate: number;
	/** Prior variance φ (0 means all rates are pulled entirely to θ). */
	priorVariance: number;
	/** Threshold used for `smallPopulation`. */
	threshold: number;
}

/** Global empirical Bayes smoothed rates (see the module comment). */
export function empiricalBayesRates(
	events: Values,
	population: Values,
	options: SmoothingOptions = {}
): SmoothingResult {
	if (events.length !== population.length) {
		throw new Error('Les événements et les populations doivent avoir la même longueur.');
	}
	const threshold = options.smallPopulation ?? 500;
	const n = events.length;
	const ok = (i: number) => isPresent(events[i]) && isPresent(population[i]) && population[i]! > 0;
	let sumO = 0;
	let sumP = 0;
	let count = 0;
	for (let i = 0; i < n; i++) {
		if (!ok(i)) continue;
		sumO += events[i]!;
		sumP += population[i]!;
		count++;
	}
	const theta = sumP > 0 ? sumO / sumP : NaN;
	let s2 = 0;
	for (let i = 0; i < n; i++) {
		if (!ok(i)) continue;
		const r = events[i]! / population[i]!;
		s2 += population[i]! * (r - theta) ** 2;
	}
	s2 /= sumP;
	const phi = Math.max(0, s2 - theta / (sumP / count));
	const raw: (number | null)[] = [];
	const smoothed: (number | null)[] = [];
	const shrinkWeight: (number | null)[] = [];
	const smallPopulation: boolean[] = [];
	for (let i = 0; i < n; i++) {
		const P = population[i];
		smallPopulation.push(isPresent(P) && P < threshold);
		if (!ok(i)) {
			raw.push(null);
			smoothed.push(null);
			shrinkWeight.push(null);
			continue;
		}
		const r = events[i]! / P!;
		// When θ = 0 and φ = 0 there is nothing to shrink towards a different value: keep r.
		const w = phi + theta / P! > 0 ? phi / (phi + theta / P!) : 1;
		raw.push(r);
		smoothed.push(w * r + (1 - w) * theta);
		shrinkWeight.push(w);
	}
	return {
		raw,
		smoothed,
		shrinkWeight,
		smallPopulation,
		overallRate: theta,
		priorVariance: phi,
		threshold
	};
}
