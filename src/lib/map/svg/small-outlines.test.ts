import { describe, expect, it } from 'vitest';
import { smallLegend } from '$lib/indicators/reliability';
import type { ChoroplethModel } from '../choropleth-model';
import { exportSvg } from './export-svg';
import type { SvgGeometry } from './geometry';
import { legendHtml, mapSvg, SMALL_CLASS, smallOutlines } from './markup';

// Two territory communes and one of the rest of the département, with their paths.
const geometry: SvgGeometry = {
	width: 100,
	height: 50,
	outline: 'M0 0h100v50h-100z',
	communes: [
		{ code: 'A', name: 'Alès', territory: true, d: 'M0 0h50v50h-50z' },
		{ code: 'B', name: 'Bonnevaux', territory: true, d: 'M50 0h50v50h-50z' },
		{ code: 'X', name: 'Nîmes', territory: false, d: 'M100 0h10v10h-10z' }
	]
};

describe('the dashed outlines of rates on tiny denominators', () => {
	it('draws the small communes again, over the fills and under the outline, and no other', () => {
		const svg = mapSvg(geometry, { A: '#fee', B: '#c00' }, 'Carte', '', '', ['B', 'X']);
		const group = `<g class="${SMALL_CLASS}"><path data-code="B" d="M50 0h50v50h-50z"/></g>`;
		expect(svg).toContain(group);
		// Order: the communes' group, then the dashes, then the territory's outline.
		expect(svg.indexOf('<g><path class="c t"')).toBeLessThan(svg.indexOf(group));
		expect(svg.indexOf(group)).toBeLessThan(svg.indexOf('<path class="o"'));
		expect(smallOutlines(geometry, [])).toBe('');
		expect(mapSvg(geometry, null, 'Carte')).not.toContain(`<g class="${SMALL_CLASS}"`);
	});

	it('says in the legends what the dashes mean, with the count', () => {
		expect(smallLegend(39)).toBe(
			'Contour en pointillé : taux calculé sur moins de 30 personnes, à lire avec prudence (39 communes)'
		);
		expect(smallLegend(1)).toMatch(/\(1 commune\)$/);
		const html = legendHtml('T', 'S', [], 'Source', '', [], 2);
		expect(html).toContain('<span class="sw dashed"></span><span>Contour en pointillé');
		expect(legendHtml('T', 'S', [], 'Source')).not.toContain('dashed');
	});

	it('the exported map draws them and gives them a legend row', () => {
		const model: ChoroplethModel = {
			title: 'T',
			subtitle: 'S',
			fills: { A: '#fee', B: '#c00' },
			small: ['B'],
			legend: [],
			source: 'Source',
			vintage: 'V',
			date: 'D'
		};
		const svg = exportSvg(model, geometry);
		expect(svg).toContain(`<g class="${SMALL_CLASS}"><path data-code="B"`);
		expect(svg).toContain('stroke-dasharray="3 2"');
		// « Contour en pointillé : taux calculé sur » is 39 characters: the first line of 40.
		expect(svg).toContain('>Contour en pointillé : taux calculé sur</text>');
		expect(exportSvg({ ...model, small: [] }, geometry)).not.toContain('pointillé');
	});
});
