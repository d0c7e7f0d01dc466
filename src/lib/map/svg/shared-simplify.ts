/**
 * Simplification of rings that share borders, without gaps: a border two communes share is
 * simplified once, the same way for both. Rings are cut into arcs at their junctions (points
 * with other than two distinct neighbours over all rings, as in TopoJSON); each arc is simplified
 * by Douglas–Peucker in one canonical direction, keeping its ends, so both rings that run along
 * it keep exactly the same points.
 */

/** A ring of points in whole units, not closed (its first point is not repeated). */
export type Ring = [number, number][];

const key = (p: readonly [number, number]) => `${p[0]},${p[1]}`;

/** Points with other than two distinct neighbours across `rings`. */
function junctions(rings: readonly Ring[]): Set<string> {
	const neighbours = new Map<string, Set<string>>();
	for (const ring of rings)
		ring.forEach((p, i) => {
			const k = key(p);
			const set = neighbours.get(k) ?? new Set<string>();
			set.add(key(ring[(i + ring.length - 1) % ring.length]!));
			set.add(key(ring[(i + 1) % ring.length]!));
			neighbours.set(k, set);
		});
	const out = new Set<string>();
	for (const [k, set] of neighbours) if (set.size !== 2) out.add(k);
	return out;
}

/** Squared distance from `p` to segment `a`–`b` (to `a` when the segment is a point). */
function distance2(p: [number, number], a: [number, number], b: [number, number]): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len2 = dx * dx + dy * dy;
	const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
	const ex = a[0] + t * dx - p[0];
	const ey = a[1] + t * dy - p[1];
	return ex * ex + ey * ey;
}

/** Douglas–Peucker on an open chain: which points to keep (its ends always). */
function douglasPeucker(chain: Ring, tolerance2: number): boolean[] {
	const keep = chain.map((_, i) => i === 0 || i === chain.length - 1);
	const stack: [number, number][] = [[0, chain.length - 1]];
	while (stack.length) {
		const [i, j] = stack.pop()!;
		let far = -1;
		let max = tolerance2;
		for (let k = i + 1; k < j; k++) {
			const d = distance2(chain[k]!, chain[i]!, chain[j]!);
			if (d > max) [far, max] = [k, d];
		}
		if (far < 0) continue;
		keep[far] = true;
		stack.push([i, far], [far, j]);
	}
	return keep;
}

/** Simplifies one arc the same way whichever direction a ring runs along it. */
function simplifyArc(arc: Ring, tolerance2: number): Ring {
	const [a, b] = [key(arc[0]!), key(arc[arc.length - 1]!)];
	// Closed arcs (a ring with one junction or none) compare their second points instead.
	const reversed = a === b ? key(arc[1]!) > key(arc[arc.length - 2]!) : a > b;
	const chain = reversed ? [...arc].reverse() : arc;
	const keep = douglasPeucker(chain, tolerance2);
	const out = chain.filter((_, i) => keep[i]);
	return reversed ? out.reverse() : out;
}

/**
 * Simplifies `rings` together within `tolerance` units; a ring is returned empty when it
 * collapses below three points.
 */
export function simplifyShared(rings: readonly Ring[], tolerance: number): Ring[] {
	const cuts = junctions(rings);
	return rings.map((ring) => {
		const n = ring.length;
		let start = ring.findIndex((p) => cuts.has(key(p)));
		// A ring with no junction (an island, an enclave's border): cut at its smallest point.
		if (start < 0) {
			const keys = ring.map(key);
			start = keys.indexOf([...keys].sort()[0]!);
		}
		const out: Ring = [];
		let arc: Ring = [ring[start]!];
		for (let s = 1; s <= n; s++) {
			const p = ring[(start + s) % n]!;
			arc.push(p);
			if (s === n || cuts.has(key(p))) {
				out.push(...simplifyArc(arc, tolerance * tolerance).slice(0, -1));
				arc = [p];
			}
		}
		return out.length >= 3 ? out : [];
	});
}
