import { describe, expect, it } from 'vitest';
import type { ChoroplethModel } from '../choropleth-model';
import { wrapWords } from '$lib/format/wrap';
import { exportSvg, fitLines } from './export-svg';
import type { SvgGeometry } from './geometry';

describe('wrapWords: the exported map’s note under its legend', () => {
	it('cuts between words, each line within the width, no word lost', () => {
		const note = 'Les cercles des ateliers, affichés à l’écran, ne figurent pas sur cette carte.';
		// By hand, 24 characters at most: « Les cercles des ateliers, » is 25, so « ateliers, » goes on.
		expect(wrapWords(note, 24)).toEqual([
			'Les cercles des',
			'ateliers, affichés à',
			'l’écran, ne figurent pas',
			'sur cette carte.'
		]);
	});

	it('keeps a word longer than the width whole, on its own line', () => {
		expect(wrapWords('a  anticonstitutionnellement  b', 10)).toEqual([
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
		small: [],
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
	it('gives them a size key: 7, about a half (3,5 → 4) and a tenth (→ 1), at the map’s pixels', () => {
		// Each key circle is drawn in the document's own pixels, as the map's: the heaviest (7) at
		// its own 18 px, 18 × √(4/7) = 13,61 px for 4, 18 × √(1/7) = 6,80 px for 1.
		const radii = [...svg.matchAll(/<circle cx="[\d.]+" cy="[\d.]+" r="([\d.]+)"/g)].map((m) =>
			Number(m[1])
		);
		// The legend row's disc (9) first, then the key, smallest first.
		expect(radii[0]).toBe(9);
		expect(radii.slice(1).map((r) => r.toFixed(2))).toEqual(['6.80', '13.61', '18.00']);
		const labels = [...svg.matchAll(/font-weight="bold">([\d\u202f]+)<\/text>/g)].map((m) => m[1]);
		expect(labels).toEqual(['1', '4', '7']);
	});
	it('spaces the key’s labels by their width: 100 000 and 500 000 do not overlap', () => {
		const big = exportSvg(
			{ ...model, circles: [{ ...model.circles![0]!, weight: 1_000_000, r: 24 }] },
			geometry
		);
		const xs = [...big.matchAll(/<text x="([\d.]+)"[^>]*font-weight="bold">([\d\u202f]+)</g)].map(
			(m) => Number(m[1])
		);
		// « 100 000 », « 500 000 », « 1 000 000 »: 7, 7 and 9 characters of about 7 px, centred;
		// two neighbours at least (7 + 7) × 3,5 = 49 px apart, then (7 + 9) × 3,5 = 56 px.
		expect(xs).toHaveLength(3);
		expect(xs[1]! - xs[0]!).toBeGreaterThanOrEqual(49);
		expect(xs[2]! - xs[1]!).toBeGreaterThanOrEqual(56);
	});
	it('gives them a row in the legend, and the note under it', () => {
		expect(svg).toContain('Problématiques des ateliers (voir la note)');
		// In lines of 48 characters at most: « Cercles … ateliers » is 47, « nommant » goes on.
		expect(svg).toContain('>Cercles : poids des problématiques des ateliers</text>');
		expect(svg).toContain('>nommant chaque commune.</text>');
	});
	it('says under the legend when a rate is published without its counts', () => {
		const neet = exportSvg(
			{
				...model,
				uncounted:
					'Taux publié sans ses effectifs : dans une petite commune, il peut ne reposer que sur quelques personnes.'
			},
			geometry
		);
		// Lines of 45 characters at most, counted by hand: 41, then 42.
		expect(neet).toContain('>Taux publié sans ses effectifs : dans une</text>');
		expect(neet).toContain('>petite commune, il peut ne reposer que sur</text>');
		expect(svg).not.toContain('Taux publié sans ses effectifs');
	});
	it('no circle, no row', () => {
		const without = exportSvg({ ...model, circles: [] }, geometry);
		expect(without).not.toContain('<circle');
		expect(without).not.toContain('voir la note');
	});
});

describe('the note’s lines', () => {
	it('never breaks at a no-break space (« » and « ; » stay with their words)', () => {
		// By hand, 12 characters at most: « thème «\u00a0a\u00a0» » is one word of 5 characters.
		expect(wrapWords('le thème «\u00a0jeunesse\u00a0»\u00a0; fin', 12)).toEqual([
			'le thème',
			'«\u00a0jeunesse\u00a0»\u00a0;',
			'fin'
		]);
	});
	it('keeps the lines that fit, the last one marked « … » when some are left out', () => {
		expect(fitLines(['a', 'b', 'c'], 3)).toEqual(['a', 'b', 'c']);
		expect(fitLines(['a', 'b', 'c'], 2)).toEqual(['a', 'b …']);
		expect(fitLines(['a', 'b'], 0)).toEqual(['a …']);
	});
	it('a note of 100 lines stays above the footer of the exported document', () => {
		// Words of 44 characters: one per line of at most 48.
		const long = Array.from({ length: 100 }, (_, i) => `${'x'.repeat(40)}${1000 + i}`).join(' ');
		const svg = exportSvg(
			{
				title: 'T',
				subtitle: 'S',
				fills: {},
				small: [],
				legend: [],
				source: 'Source',
				vintage: 'V',
				date: 'D',
				printNote: long
			},
			{ width: 800, height: 400, communes: [], outline: '' }
		);
		// Note lines are 12 px text in #44505c at x = 850; the footer's source sits at y = 732.
		const ys = [...svg.matchAll(/<text x="850" y="(\d+)" font-size="12"/g)].map((m) => +m[1]!);
		expect(Math.max(...ys)).toBeLessThanOrEqual(704);
		expect(svg).toContain(' …</text>');
	});
});
