/**
 * Commune names drawn as HTML over the map: no glyph server exists, and none may be asked.
 * Pure helpers: where each name goes, and which names fit without overlapping.
 */
import type { FeatureCollection } from 'geojson';

/** One commune name and the point it is centred on (the pipeline's `lx`, `ly`). */
export interface CommuneLabel {
	code: string;
	name: string;
	lngLat: [number, number];
}

/** Labels of the communes `codes`, in that order (communes without a label point are left out). */
export function communeLabels(fc: FeatureCollection, codes: readonly string[]): CommuneLabel[] {
	const byCode = new Map<string, CommuneLabel>();
	for (const f of fc.features) {
		const p = (f.properties ?? {}) as { code?: string; nom?: string; lx?: number; ly?: number };
		if (p.code && p.nom && typeof p.lx === 'number' && typeof p.ly === 'number')
			byCode.set(p.code, { code: p.code, name: p.nom, lngLat: [p.lx, p.ly] });
	}
	return codes.flatMap((c) => byCode.get(c) ?? []);
}

/** A label's box on screen, centred on (x, y). */
export interface LabelBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * Which labels to show: greedily, in priority order, each label that overlaps none already
 * kept (a `gap` in pixels around each) and lies inside the `width` × `height` view.
 */
export function fittingLabels(
	boxes: readonly LabelBox[],
	width: number,
	height: number,
	gap = 2
): boolean[] {
	const kept: LabelBox[] = [];
	return boxes.map((b) => {
		const inside =
			b.x - b.width / 2 >= 0 &&
			b.x + b.width / 2 <= width &&
			b.y - b.height / 2 >= 0 &&
			b.y + b.height / 2 <= height;
		const free = kept.every(
			(k) =>
				Math.abs(k.x - b.x) * 2 >= k.width + b.width + 2 * gap ||
				Math.abs(k.y - b.y) * 2 >= k.height + b.height + 2 * gap
		);
		if (inside && free) kept.push(b);
		return inside && free;
	});
}

/** Estimated width in pixels of a name at the labels' 11 px font (no layout needed). */
export function labelWidth(name: string): number {
	return Math.ceil(name.length * 6.1) + 6;
}
