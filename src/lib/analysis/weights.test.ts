import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import type { PolygonCollection } from './geometry';
import { knnWeights } from './knn';
import { cardinalities, contiguityWeights, rowStandardize, toNeighborLists } from './weights';

/** Axis-aligned square [x, x+s] × [y, y+s], closed ring, counter-clockwise. */
function square(x: number, y: number, s = 1, id?: string): Feature<Polygon> {
	const ring = [
		[x, y],
		[x + s, y],
		[x + s, y + s],
		[x, y + s],
		[x, y]
	];
	return {
		type: 'Feature',
		properties: { code: id ?? `${x},${y}` },
		geometry: { type: 'Polygon', coordinates: [ring] }
	};
}

function collection(features: Feature<Polygon>[]): PolygonCollection {
	return { type: 'FeatureCollection', features };
}

/** 3 × 3 grid of unit squares, row-major from the bottom-left: index = row * 3 + col. */
const grid = collection([0, 1, 2].flatMap((row) => [0, 1, 2].map((col) => square(col, row))));

describe('contiguityWeights on a 3 × 3 grid', () => {
	it('queen: centre has 8 neighbours, corners 3, edges 5', () => {
		const w = contiguityWeights(grid, { kind: 'queen', tolerance: 0 });
		expect(Array.from(cardinalities(w))).toEqual([3, 5, 3, 5, 8, 5, 3, 5, 3]);
		expect(toNeighborLists(w)[0]).toEqual([1, 3, 4]);
		expect(toNeighborLists(w)[4]).toEqual([0, 1, 2, 3, 5, 6, 7, 8]);
		expect(w.islands).toEqual([]);
	});

	it('rook: centre has 4 neighbours, corners 2, edges 3', () => {
		const w = contiguityWeights(grid, { kind: 'rook', tolerance: 0 });
		expect(Array.from(cardinalities(w))).toEqual([2, 3, 2, 3, 4, 3, 2, 3, 2]);
		expect(toNeighborLists(w)[4]).toEqual([1, 3, 5, 7]);
		expect(toNeighborLists(w)[0]).toEqual([1, 3]);
	});

	it('keeps the identifiers from the chosen property and the CSR layout consistent', () => {
		const w = contiguityWeights(grid, { idProperty: 'code' });
		expect(w.ids[4]).toBe('1,1');
		expect(w.offsets.length).toBe(10);
		expect(w.offsets[9]).toBe(w.neighbors.length);
	});
});

describe('contiguityWeights on special pairs', () => {
	it('two squares touching only at a corner are queen but not rook neighbours', () => {
		const fc = collection([square(0, 0), square(1, 1)]);
		expect(toNeighborLists(contiguityWeights(fc, { kind: 'queen' }))).toEqual([[1], [0]]);
		const rook = contiguityWeights(fc, { kind: 'rook' });
		expect(toNeighborLists(rook)).toEqual([[], []]);
		expect(rook.islands).toEqual([0, 1]);
	});

	it('a gap smaller than the tolerance still makes neighbours (queen and rook)', () => {
		// Gap of 5e-5 degree between x = 1 and x = 1.00005, tolerance 1e-4.
		const fc = collection([square(0, 0), square(1.00005, 0)]);
		expect(toNeighborLists(contiguityWeights(fc, { tolerance: 1e-4 }))).toEqual([[1], [0]]);
		expect(toNeighborLists(contiguityWeights(fc, { kind: 'rook', tolerance: 1e-4 }))).toEqual([
			[1],
			[0]
		]);
	});

	it('a gap larger than the tolerance leaves two islands, reported explicitly', () => {
		const fc = collection([square(0, 0), square(1.0002, 0)]);
		const w = contiguityWeights(fc, { tolerance: 1e-4 });
		expect(toNeighborLists(w)).toEqual([[], []]);
		expect(w.islands).toEqual([0, 1]);
	});

	it('with tolerance 0 only bit-identical vertices count', () => {
		const fc = collection([square(0, 0), square(1.00005, 0)]);
		expect(contiguityWeights(fc, { tolerance: 0 }).islands).toEqual([0, 1]);
	});

	it('a unit without geometry is an island, not an error', () => {
		const fc: PolygonCollection = {
			type: 'FeatureCollection',
			features: [square(0, 0), square(1, 0), { type: 'Feature', properties: {}, geometry: null }]
		};
		expect(contiguityWeights(fc).islands).toEqual([2]);
	});
});

describe('rowStandardize', () => {
	it('gives 1/|N(i)| to each neighbour, rows summing to 1', () => {
		const w = contiguityWeights(grid, { kind: 'rook', tolerance: 0 });
		const v = rowStandardize(w);
		// Centre (index 4) has 4 rook neighbours: weights 1/4.
		expect(Array.from(v.subarray(w.offsets[4], w.offsets[5]))).toEqual([0.25, 0.25, 0.25, 0.25]);
		expect(Array.from(v.subarray(w.offsets[0], w.offsets[1]))).toEqual([0.5, 0.5]);
	});
});

describe('knnWeights', () => {
	it('on a 1-D row of squares, k = 2 gives the two adjacent ones (ties to the lower index)', () => {
		const fc = collection([0, 1, 2, 3, 4].map((i) => square(i, 0)));
		const w = knnWeights(fc, { k: 2 });
		// Unit 0: nearest are 1 (d=1) and 2 (d=2). Unit 2: 1 and 3 (both d=1).
		expect(toNeighborLists(w)).toEqual([
			[1, 2],
			[0, 2],
			[1, 3],
			[2, 4],
			[2, 3]
		]);
	});

	it('on the 3 × 3 grid, k = 4 gives the centre its four rook neighbours', () => {
		const w = knnWeights(grid, { k: 4 });
		expect(toNeighborLists(w)[4]).toEqual([1, 3, 5, 7]);
		expect(w.kind).toBe('knn');
	});
});
