/**
 * A commune's rank among the territory's communes for one indicator, in the direction of need.
 * Communes whose value is NULL are not ranked (they are counted apart); equal values share a
 * rank (« 1, 2, 2, 4 »: the rank is one more than the number of communes strictly ahead).
 */
import type { Polarity } from '$lib/indicators/types';

/** One commune's rank; see `rankOf`. */
export interface Rank {
	/** 1 for the first: the most need (or the highest value for a neutral indicator). */
	position: number;
	/** Communes sharing this exact value, the commune included (1 when alone). */
	tied: number;
	/** Communes ranked: those of the territory with a value. */
	ranked: number;
	/** Communes of the territory. */
	total: number;
	/** 'desc': first is the highest value; 'asc': first is the lowest. */
	order: 'desc' | 'asc';
}

/**
 * The rank of `code` among `communes` by `values`: the highest value first when a higher value
 * means more need (polarity 1) or when the indicator has no need direction (0), the lowest first
 * when a lower value means more need (-1). Null when the commune has no value.
 */
export function rankOf(
	values: Readonly<Record<string, number | null>>,
	communes: readonly string[],
	code: string,
	polarity: Polarity
): Rank | null {
	const own = values[code];
	if (own === null || own === undefined) return null;
	const order = polarity === -1 ? 'asc' : 'desc';
	let ahead = 0;
	let tied = 0;
	let ranked = 0;
	for (const c of communes) {
		const x = values[c];
		if (x === null || x === undefined) continue;
		ranked++;
		if (x === own) tied++;
		else if (order === 'desc' ? x > own : x < own) ahead++;
	}
	return { position: ahead + 1, tied, ranked, total: communes.length, order };
}
