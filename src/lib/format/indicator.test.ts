import { describe, expect, it } from 'vitest';
import { formatAggregate, formatValue } from './indicator';

const pct = { digits: 1, unit: '%' };

describe('formatValue', () => {
	it('writes French numbers with their unit', () => {
		expect(formatValue(12345.67, pct)).toBe('12\u202f345,7\u00a0%');
		expect(formatValue(3.25, { digits: 1, unit: 'km' })).toBe('3,3\u00a0km');
	});
	it('shows NULL as n.d., never as 0', () => {
		expect(formatValue(null, pct)).toBe('n.d.');
	});
});

describe('formatAggregate', () => {
	it('states the coverage of a partial aggregate', () => {
		expect(formatAggregate({ value: 20, covered: 69, total: 71 }, pct)).toBe(
			'20,0\u00a0% (69 communes sur 71)'
		);
		expect(formatAggregate({ value: 20, covered: 71, total: 71 }, pct)).toBe('20,0\u00a0%');
		expect(formatAggregate({ value: null, covered: 0, total: 71 }, pct)).toBe('n.d.');
	});
});
