/** Synthetic lattices for tests and benchmarks, built directly as CSR weights (no geometry). */
import { weightsFromLists, type SpatialWeights } from '../weights';

/** Rook or queen lattice of `cols × rows` cells, row-major index = row × cols + col. */
export function latticeWeights(cols: number, rows: number, kind: 'rook' | 'queen'): SpatialWeights {
	const lists: number[][] = [];
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < cols; c++) {
			const l: number[] = [];
			for (let dr = -1; dr <= 1; dr++) {
				for (let dc = -1; dc <= 1; dc++) {
					if (dr === 0 && dc === 0) continue;
					if (kind === 'rook' && dr !== 0 && dc !== 0) continue;
					const rr = r + dr;
					const cc = c + dc;
					if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) l.push(rr * cols + cc);
				}
			}
			lists.push(l);
		}
	}
	return weightsFromLists(lists, undefined, kind);
}

/** Chain 0 — 1 — 2 — … — (n − 1). */
export function chainWeights(n: number): SpatialWeights {
	return weightsFromLists(
		Array.from({ length: n }, (_, i) => [i - 1, i + 1].filter((j) => j >= 0 && j < n))
	);
}
