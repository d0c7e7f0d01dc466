import { describe, expect, it } from 'vitest';
import { SCATTER_TYPE, scatterLayout } from './scatter-layout';

/** 0,6 of the font size a character: every width below is counted by hand from it. */
const measure = (text: string, size: number) => text.length * size * 0.6;

describe('scatterLayout', () => {
	// The crossing of the 15-29-year-olds' share with the mentions, as presented at 1280×720.
	const room = scatterLayout({
		width: 460,
		type: SCATTER_TYPE.room,
		xTicks: ['2,0', '4,0', '6,0', '8,0', '10,0', '12,0', '14,0', '16,0', '18,0'],
		yTicks: ['0,0', '5,0', '10,0', '15,0'],
		xTitle: 'Part des jeunes de 15 à 29 ans (%)',
		yTitle: 'Mentions pondérées pour 1 000 hab.',
		measure
	});

	it('makes room for the room’s type: widest y tick, last x tick, one line per title', () => {
		// Ticks at 15: « 10,0 » is 4 × 15 × 0,6 = 36 wide; gap round(15 × 0,6) = 9; 36 + 9 + 2 = 47.
		// « 18,0 » on the right edge: half of 36, + 2 = 20. Titles at 16, lines of round(16 × 1,25)
		// = 20: each title is 34 characters, 34 × 16 × 0,6 = 326,4 ≤ 456, one line each.
		// Top: one line (20) + half a tick round(7,5) = 8 + gap 9 = 37. Bottom: the x ticks'
		// baseline round(15 × 1,7) = 26, their descent round(4,5) = 5, 4, one line 20: 55.
		expect(room.margin).toEqual({ top: 37, right: 20, bottom: 55, left: 47 });
		expect(room.xTickY).toBe(26);
		expect(room.xTitle).toEqual(['Part des jeunes de 15 à 29 ans (%)']);
		expect(room.yTitle).toEqual(['Mentions pondérées pour 1 000 hab.']);
		expect(room.line).toBe(20);
	});

	it('keeps the small type’s margins smaller', () => {
		const screen = scatterLayout({
			width: 460,
			type: SCATTER_TYPE.screen,
			xTicks: ['2,0', '18,0'],
			yTicks: ['0,0', '15,0'],
			xTitle: 'Part des jeunes de 15 à 29 ans (%)',
			yTitle: 'Mentions pondérées pour 1 000 hab.',
			measure
		});
		// Ticks at 10: « 15,0 » 24 wide, gap 6: left 32; « 18,0 » half 12 + 2 = 14. Titles at 11,
		// lines of round(13,75) = 14. Top 14 + 5 + 6 = 25; bottom 17 + 3 + 4 + 14 = 38.
		expect(screen.margin).toEqual({ top: 25, right: 14, bottom: 38, left: 32 });
	});

	it('wraps a title longer than the drawing, and the margin grows by a line', () => {
		const long =
			'Part des familles monoparentales parmi les familles avec enfants de moins de 25 ans (%)';
		const wrapped = scatterLayout({
			width: 460,
			type: SCATTER_TYPE.room,
			xTicks: ['0,0'],
			yTicks: ['0,0'],
			xTitle: long,
			yTitle: 'Mentions',
			measure
		});
		// 86 characters × 9,6 = 825,6 > 456: two lines of at most 47 characters (47 × 9,6 = 451,2).
		expect(wrapped.xTitle).toEqual([
			'Part des familles monoparentales parmi les',
			'familles avec enfants de moins de 25 ans (%)'
		]);
		expect(wrapped.xTitle.join(' ')).toBe(long);
		// Bottom: 26 + 5 + 4 + two lines of 20 = 75.
		expect(wrapped.margin.bottom).toBe(75);
	});

	it('leaves room left for half the first x tick when it is wider than the y ticks', () => {
		const wide = scatterLayout({
			width: 460,
			type: SCATTER_TYPE.room,
			xTicks: ['120 000,0', '140 000,0'],
			yTicks: ['0,0'],
			xTitle: 'x',
			yTitle: 'y',
			measure
		});
		// « 120 000,0 »: 9 × 9 = 81, half 40,5 + 2 = 42,5, rounded up 43; wider than « 0,0 » needs
		// (27 + 9 + 2 = 38). « 140 000,0 » on the right: 43 too.
		expect(wide.margin.left).toBe(43);
		expect(wide.margin.right).toBe(43);
	});
});
