import { describe, expect, it } from 'vitest';
import { freshCopy } from './engine-copy';
import { storedGeneration } from './open-db';

const tables = () => ({ problems: new Uint8Array([1, 2, 3]), problem_links: new Uint8Array([4]) });
const kept = (patch: Record<string, unknown> = {}) => ({
	generation: 7,
	records: 120,
	count: 100,
	notice: '',
	tables: tables(),
	...patch
});

describe('the kept copy of the engine tables (engine-copy.ts)', () => {
	it('serves only at the generation and record count it was built at', () => {
		expect(freshCopy(kept(), 7, 120)).toEqual({ tables: tables(), count: 100, notice: '' });
		// A write since (the generation went up), or records put by something else.
		expect(freshCopy(kept(), 8, 120)).toBeNull();
		expect(freshCopy(kept(), 7, 121)).toBeNull();
		expect(freshCopy(kept(), 7, 119)).toBeNull();
	});

	it('ignores a damaged or foreign copy instead of using it', () => {
		expect(freshCopy(undefined, 0, 0)).toBeNull();
		expect(freshCopy('engine-tables', 7, 120)).toBeNull();
		expect(freshCopy(kept({ generation: '7' }), 7, 120)).toBeNull();
		expect(freshCopy(kept({ count: -1 }), 7, 120)).toBeNull();
		expect(freshCopy(kept({ notice: null }), 7, 120)).toBeNull();
		expect(freshCopy(kept({ tables: { problems: tables().problems } }), 7, 120)).toBeNull();
		expect(
			freshCopy(kept({ tables: { problems: [1, 2], problem_links: [4] } }), 7, 120)
		).toBeNull();
	});

	it('reads a missing or damaged generation as 0', () => {
		expect(storedGeneration(undefined)).toBe(0);
		expect(storedGeneration('3')).toBe(0);
		expect(storedGeneration(-2)).toBe(0);
		expect(storedGeneration(1.5)).toBe(0);
		expect(storedGeneration(3)).toBe(3);
	});
});
