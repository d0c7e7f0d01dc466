import { describe, expect, it } from 'vitest';
import { frenchDate } from '$lib/map/choropleth-model';
import { dayDigits } from './date';

describe('frenchDate (the date printed on maps, portraits and the diagnostic)', () => {
	it('writes the day and month in words, in Paris time', () => {
		expect(frenchDate(new Date('2026-11-30T12:00:00Z'))).toBe('30 novembre 2026');
		// 23:30 UTC on 30 November is already 1 December in Paris (UTC+1).
		expect(frenchDate(new Date('2026-11-30T23:30:00Z'))).toBe('1er décembre 2026');
	});

	it('writes the first of the month « 1er », and only it', () => {
		expect(frenchDate(new Date('2026-12-01T12:00:00Z'))).toBe('1er décembre 2026');
		expect(frenchDate(new Date('2026-12-11T12:00:00Z'))).toBe('11 décembre 2026');
	});
});

describe('dayDigits (forum dates in lists, filters, the form and the CSV export)', () => {
	it('writes a stored day as JJ/MM/AAAA', () => {
		expect(dayDigits('2025-03-13')).toBe('13/03/2025');
		expect(dayDigits('0999-12-01')).toBe('01/12/0999');
	});
});
