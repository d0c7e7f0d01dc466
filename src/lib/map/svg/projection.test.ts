import { describe, expect, it } from 'vitest';
import { svgFrame } from './projection';

/*
 * By hand, spherical Mercator y = ln(tan(π/4 + φ/2)):
 *   φ = 45°: ln(tan 67.5°) = ln(2.4142136) = 0.8813736
 *   φ = 44.5°: ln(tan 67.25°) = 0.8690856
 *   φ = 44°: ln(tan 67°) = ln(2.3558524) = 0.8569026
 * Bounds [4, 44, 5, 45] over 1 000 units: scale = 1 000 / (1° in radians) = 57 295.78 units/rad.
 *   (4.5°, 44.5°) → x = 500, y = 57 295.78 × (0.8813736 − 0.8690856) = 704.05
 *   box height = 57 295.78 × (0.8813736 − 0.8569026) = 1 402.08
 */
describe('svgFrame', () => {
	const frame = svgFrame([4, 44, 5, 45], 1000);

	it('puts the north-west corner at the origin and the south-east at the box size', () => {
		const [x0, y0] = frame.project([4, 45]);
		expect(x0).toBeCloseTo(0, 6);
		expect(y0).toBeCloseTo(0, 6);
		const [x1, y1] = frame.project([5, 44]);
		expect(x1).toBeCloseTo(1000, 6);
		expect(y1).toBeCloseTo(1402.08, 1);
		expect(frame.height).toBeCloseTo(1402.08, 1);
	});

	it('projects a known point with Web Mercator', () => {
		const [x, y] = frame.project([4.5, 44.5]);
		expect(x).toBeCloseTo(500, 6);
		expect(y).toBeCloseTo(704.05, 1);
	});
});
