import { describe, expect, it } from 'vitest';
import type { ChoroplethModel } from '../choropleth-model';
import { exportSvg, wrapped } from './export-svg';
import type { SvgGeometry } from './geometry';

describe('wrapped: the exported map’s note under its legend', () => {
	it('cuts between words, each line within the width, no word lost', () => {
		const note = 'Les cercles des ateliers, affichés à l’écran, ne figurent pas sur cette carte.';
		// By hand, 24 characters at most: « Les cercles des ateliers, » is 25, so « ateliers, » goes on.
		expect(wrapped(note, 24)).toEqual([
			'Les cercles des',
			'ateliers, affichés à',
			'l’écran, ne figurent pas',
			'sur cette carte.'
		]);
	});

	it('keeps a word longer than the width whole, on its own line', () => {
		expect(wrapped('a  anticonstitutionnellement  b', 10)).toEqual([
			'a',
			'anticonstitutionnellement',
			'b'
		]);
	});
});

describe('exportSvg: the workshops’ circles', () => {
	const model: ChoroplethModel = {
		title: 'Titre',
		subtitle: 'Sous-titre',
		fills: {},
		legend: [],
		source: 'Source : INSEE (RP 2022)',
		vintage: 'RP 2022',
		date: '2 décembre 2026',
		printNote: 'Cercles : poids des problématiques des ateliers nommant chaque commune.',
		circles: [{ code: 'A', name: 'Alès', problems: 3, weight: 7, x: 10, y: 20, r: 18 }]
	};
	// The map's box is 800 × 620 less 40 of padding on each side: 720 × 540. A territory of
	// 800 × 400 units is drawn at min(720 / 800, 540 / 400) = 0,9 px per unit, so 18 px → 20 units.
	const geometry: SvgGeometry = { width: 800, height: 400, communes: [], outline: '' };
	const svg = exportSvg(model, geometry);
	it('draws each circle at its place, its radius in the document’s pixels', () => {
		expect(svg).toContain('<circle data-code="A" data-r="18" cx="10" cy="20" r="20">');
		expect(svg).toContain('<title>Alès : 3 problématiques (poids 7)</title>');
	});
	it('gives them a row in the legend, and the note under it', () => {
		expect(svg).toContain('Problématiques des ateliers (voir la note)');
		// In lines of 48 characters at most: « Cercles … ateliers » is 47, « nommant » goes on.
		expect(svg).toContain('>Cercles : poids des problématiques des ateliers</text>');
		expect(svg).toContain('>nommant chaque commune.</text>');
	});
	it('no circle, no row', () => {
		const without = exportSvg({ ...model, circles: [] }, geometry);
		expect(without).not.toContain('<circle');
		expect(without).not.toContain('voir la note');
	});
});
