/**
 * Messages between the page and the analysis worker, and the pure function that answers them.
 * The function is importable in Node (tests, benchmarks) and in the worker alike.
 * Weights travel as CSR typed arrays; results come back with their typed arrays transferred,
 * not copied.
 */
import { getisOrdGiStar } from './getis-ord';
import { localMoran } from './lisa';
import { globalMoran } from './moran';
import type { SpatialWeights } from './weights';

/** Weights as sent to the worker (ids are optional: the worker does not need them). */
export type WeightsMessage = Pick<SpatialWeights, 'n' | 'offsets' | 'neighbors'> &
	Partial<Pick<SpatialWeights, 'ids' | 'kind' | 'islands'>>;

/** Fields common to all requests. */
interface BaseRequest {
	/** Set by the client to match answers to questions. */
	id?: number;
	/** One value per unit; NaN = missing. */
	values: Float64Array;
	weights: WeightsMessage;
	permutations?: number;
	seed?: number;
	alpha?: number;
}

/** A computation request. */
export type AnalysisRequest =
	| (BaseRequest & { kind: 'lisa'; sides?: 'folded' | 'two-sided' })
	| (BaseRequest & { kind: 'moran' })
	| (BaseRequest & { kind: 'gi'; inference?: 'analytic' | 'permutation' });

/** Answer to an {@link AnalysisRequest}: the result of the matching function, or an error. */
export type AnalysisResponse =
	| { id?: number; ok: true; kind: AnalysisRequest['kind']; result: unknown; ms: number }
	| { id?: number; ok: false; error: string };

/** Checks a CSR structure received from another thread; the message says what is wrong. */
export function checkWeights(w: WeightsMessage, valueCount: number): void {
	const problem =
		w.offsets.length !== w.n + 1
			? `offsets doit compter n + 1 = ${w.n + 1} entrées (reçu ${w.offsets.length})`
			: w.offsets[0] !== 0 || w.offsets[w.n] !== w.neighbors.length
				? `offsets doit aller de 0 à ${w.neighbors.length} (nombre de voisins)`
				: w.neighbors.some((j) => j < 0 || j >= w.n)
					? `un indice de voisin sort de 0…${w.n - 1}`
					: valueCount !== w.n
						? `${valueCount} valeurs pour ${w.n} unités`
						: null;
	if (problem) throw new Error(`Matrice de voisinage invalide : ${problem}.`);
}

/** Fills the fields a {@link WeightsMessage} may omit. */
function toWeights(w: WeightsMessage): SpatialWeights {
	const islands: number[] = [];
	for (let i = 0; i < w.n; i++) if (w.offsets[i + 1] === w.offsets[i]) islands.push(i);
	return {
		kind: w.kind ?? 'custom',
		n: w.n,
		ids: w.ids ?? Array.from({ length: w.n }, (_, i) => String(i)),
		offsets: w.offsets,
		neighbors: w.neighbors,
		islands: w.islands ?? islands
	};
}

/** Buffers of the typed arrays found at the top level of a result, to transfer them. */
export function transferables(result: unknown): ArrayBuffer[] {
	if (!result || typeof result !== 'object') return [];
	const out = new Set<ArrayBuffer>();
	for (const v of Object.values(result)) {
		if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) out.add(v.buffer);
	}
	return [...out];
}

/** Runs one request synchronously. Errors become `{ ok: false, error }` in French. */
export function handleRequest(req: AnalysisRequest): AnalysisResponse {
	const t0 = performance.now();
	try {
		checkWeights(req.weights, req.values.length);
		const w = toWeights(req.weights);
		const common = { permutations: req.permutations, seed: req.seed };
		let result: unknown;
		switch (req.kind) {
			case 'lisa':
				result = localMoran(req.values, w, { ...common, alpha: req.alpha, sides: req.sides });
				break;
			case 'moran':
				result = globalMoran(req.values, w, common);
				break;
			case 'gi':
				result = getisOrdGiStar(req.values, w, {
					...common,
					alpha: req.alpha,
					inference: req.inference
				});
				break;
			default:
				throw new Error(`Calcul inconnu : ${(req as { kind: string }).kind}.`);
		}
		return { id: req.id, ok: true, kind: req.kind, result, ms: performance.now() - t0 };
	} catch (e) {
		return { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
	}
}
