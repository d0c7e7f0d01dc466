/**
 * Composite needs index: indicators are put on a common scale (z-score or percentile rank),
 * oriented so that higher always means more need (polarity), then combined as a weighted mean of
 * the components each commune actually has. Every step is returned, including a French formula,
 * so that an elected official can see exactly what was added to what.
 */
import { isPresent, type Values } from './stats';

/** One indicator entering the index. */
export interface IndexComponent {
	/** Stable identifier (e.g. the indicator id). */
	id: string;
	/** French label used in the formula, e.g. « chômage des jeunes ». */
	label: string;
	/** One value per commune; null = missing or secret (never treated as 0). */
	values: Values;
	/** Positive weight. */
	weight: number;
	/** +1: a higher value means more need; −1: a higher value means less need. */
	polarity: 1 | -1;
}

/** How to put indicators on a common scale. */
export type StandardizeMethod = 'zscore' | 'rank';

/**
 * What to do when a commune lacks some components:
 * - 'skip-and-flag': weighted mean of the available ones (weights renormalised), and a flag;
 * - 'exclude': no index for that commune.
 */
export type MissingRule = 'skip-and-flag' | 'exclude';

/** Result of {@link needsIndex}. */
export interface NeedsIndexResult {
	/** Index per commune (null when nothing or not everything is available, per the rule). */
	index: (number | null)[];
	/** Oriented standardised score of each component (z, or rank 0–100), by component id. */
	scores: Record<string, (number | null)[]>;
	/** Share of each component in the index: weight × score / Σ weights used (sums to the index). */
	contributions: Record<string, (number | null)[]>;
	/** Ids of the components missing for each commune. */
	missing: string[][];
	/** True when a commune lacks at least one component. */
	flagged: boolean[];
	/** French formula of what was computed. */
	formula: string;
}

/** z-scores over the available values (sample sd, n − 1); all 0 if the values do not vary. */
function zScores(values: Values): (number | null)[] {
	const present: number[] = [];
	for (let i = 0; i < values.length; i++) if (isPresent(values[i])) present.push(values[i]!);
	const m = present.length;
	const mean = present.reduce((s, v) => s + v, 0) / m;
	const sd = m > 1 ? Math.sqrt(present.reduce((s, v) => s + (v - mean) ** 2, 0) / (m - 1)) : 0;
	return Array.from(values, (v) => (isPresent(v) ? (sd > 0 ? (v - mean) / sd : 0) : null));
}

/** Percentile ranks 0–100 over the available values (ties share their mean rank). */
function percentileRanks(values: Values): (number | null)[] {
	const idx: number[] = [];
	for (let i = 0; i < values.length; i++) if (isPresent(values[i])) idx.push(i);
	idx.sort((a, b) => (values[a] as number) - (values[b] as number));
	const out: (number | null)[] = Array.from({ length: values.length }, () => null);
	const m = idx.length;
	for (let a = 0; a < m;) {
		let b = a;
		while (b + 1 < m && values[idx[b + 1]!] === values[idx[a]!]) b++;
		const meanRank = (a + b) / 2;
		for (let r = a; r <= b; r++) out[idx[r]!] = m > 1 ? (100 * meanRank) / (m - 1) : 50;
		a = b + 1;
	}
	return out;
}

const frNumber = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** French formula, e.g. « Indice = (1 × z(chômage des jeunes) − 2 × z(revenu médian)) / 3 ». */
export function describeIndex(
	components: readonly Pick<IndexComponent, 'label' | 'weight' | 'polarity'>[],
	method: StandardizeMethod,
	missing: MissingRule
): string {
	const terms = components.map((c, k) => {
		const inner =
			method === 'zscore'
				? `z(${c.label})`
				: c.polarity === 1
					? `rang(${c.label})`
					: `(100 − rang(${c.label}))`;
		const sign = method === 'zscore' && c.polarity === -1 ? '−' : '+';
		const lead = k === 0 ? (sign === '−' ? '−' : '') : ` ${sign} `;
		return `${lead}${frNumber.format(c.weight)} × ${inner}`;
	});
	const total = frNumber.format(components.reduce((s, c) => s + c.weight, 0));
	const scale =
		method === 'zscore'
			? 'z = écart à la moyenne des communes, en écarts-types'
			: 'rang = rang centile de 0 (valeur la plus faible) à 100 (la plus forte)';
	const rule =
		missing === 'skip-and-flag'
			? 'Commune sans certaines valeurs : moyenne des composantes disponibles, poids ramenés à leur somme, commune signalée.'
			: 'Commune sans certaines valeurs : indice non calculé.';
	return `Indice = (${terms.join('')}) / ${total} ; ${scale}. ${rule}`;
}

/** Computes the composite needs index (see the module comment). */
export function needsIndex(
	components: readonly IndexComponent[],
	options: { method?: StandardizeMethod; missing?: MissingRule } = {}
): NeedsIndexResult {
	const method = options.method ?? 'zscore';
	const rule = options.missing ?? 'skip-and-flag';
	if (components.length === 0) throw new Error('Choisissez au moins un indicateur pour l’indice.');
	const n = components[0]!.values.length;
	for (const c of components) {
		if (c.values.length !== n) throw new Error(`« ${c.label} » n’a pas une valeur par commune.`);
		if (!(c.weight > 0)) throw new Error(`Le poids de « ${c.label} » doit être positif.`);
	}
	const scores: Record<string, (number | null)[]> = {};
	for (const c of components) {
		const s = method === 'zscore' ? zScores(c.values) : percentileRanks(c.values);
		const orient = (v: number) =>
			method === 'zscore' ? c.polarity * v : c.polarity === 1 ? v : 100 - v;
		scores[c.id] = s.map((v) => (v === null ? null : orient(v)));
	}
	const contributions: Record<string, (number | null)[]> = {};
	for (const c of components) contributions[c.id] = [];
	const index: (number | null)[] = [];
	const missing: string[][] = [];
	for (let i = 0; i < n; i++) {
		const absent = components.filter((c) => scores[c.id]![i] === null).map((c) => c.id);
		missing.push(absent);
		const used = components.filter((c) => scores[c.id]![i] !== null);
		const weightSum = used.reduce((s, c) => s + c.weight, 0);
		const computed = used.length > 0 && (rule === 'skip-and-flag' || absent.length === 0);
		let total = 0;
		for (const c of components) {
			const s = scores[c.id]![i] ?? null;
			const part = computed && s !== null ? (c.weight * s) / weightSum : null;
			contributions[c.id]!.push(part);
			total += part ?? 0;
		}
		index.push(computed ? total : null);
	}
	return {
		index,
		scores,
		contributions,
		missing,
		flagged: missing.map((m) => m.length > 0),
		formula: describeIndex(components, method, rule)
	};
}
