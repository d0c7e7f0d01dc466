/** The chosen commune on the SVG map: a white band (its own stroke) under one blue line. */
import { describe, expect, it } from 'vitest';
import { markSelected } from './svg-dom';

function map(): SVGSVGElement {
	document.body.innerHTML =
		'<svg><g><path class="c t" data-code="A" d="M0 0h10v10z"/>' +
		'<path class="c t" data-code="B" d="M10 0h10v10z"/></g></svg>';
	return document.querySelector('svg')!;
}

describe('markSelected', () => {
	it('draws one blue line over the chosen commune, moved last, and none for the pointer', () => {
		const svg = map();
		markSelected(svg, 'A');
		const group = svg.querySelector('g')!;
		expect([...group.children].map((p) => p.getAttribute('class'))).toEqual([
			'c t',
			'c t sel',
			'sel-line'
		]);
		const line = group.lastElementChild!;
		expect(line.getAttribute('d')).toBe('M0 0h10v10z');
		expect(line.hasAttribute('data-code')).toBe(false);

		markSelected(svg, 'B');
		expect(svg.querySelectorAll('.sel-line')).toHaveLength(1);
		expect(svg.querySelector('.sel-line')!.getAttribute('d')).toBe('M10 0h10v10z');
		expect(svg.querySelector('.sel')!.getAttribute('data-code')).toBe('B');

		markSelected(svg, null);
		expect(svg.querySelectorAll('.sel, .sel-line')).toHaveLength(0);
	});
});
