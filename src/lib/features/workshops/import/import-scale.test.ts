import { describe, expect, it } from 'vitest';
import { ChunksCancelled } from '$lib/core/chunked';
import { ALES_COMMUNES } from '../../../../../tests/fixtures/workshops/ales-communes';
import { fictionalProblems } from '../../../../../tests/fixtures/workshops/generate';
import { NOW, OPTIONS } from '../../../../../tests/fixtures/workshops/helpers';
import { problemsToCsv } from '../export';
import { BUILT_IN_TAXONOMY, findEntry, type TaxonomyEntry } from '../taxonomy';
import { matchEntry } from './corrections';
import { importProblems } from './index';

const CODES = ALES_COMMUNES.map((c) => c.code);
const exportOf = (count: number) =>
	new TextEncoder().encode(
		problemsToCsv(fictionalProblems(count, CODES), {
			communes: ALES_COMMUNES,
			taxonomy: BUILT_IN_TAXONOMY
		})
	);

describe('importing a large export in slices', () => {
	it('gives back the 3 000 exported problems, reporting progress up to 3 000 / 3 000', async () => {
		const progress: [number, number][] = [];
		const r = await importProblems(exportOf(3000), 'export.csv', {
			...OPTIONS,
			onProgress: (done, total) => progress.push([done, total])
		});
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.issues).toEqual([]);
		expect(r.rejected).toEqual([]);
		expect(r.problems).toEqual(fictionalProblems(3000, CODES));
		expect(progress.at(-1)).toEqual([3000, 3000]);
		const done = progress.map(([d]) => d);
		expect(done).toEqual([...done].sort((a, b) => a - b));
		expect(new Set(progress.map(([, t]) => t))).toEqual(new Set([3000]));
	});

	it('stops with ChunksCancelled when « Annuler » aborts the reading', async () => {
		const controller = new AbortController();
		const run = importProblems(exportOf(3000), 'export.csv', {
			communes: ALES_COMMUNES,
			now: NOW,
			signal: controller.signal,
			onProgress: (done, total) => {
				if (done < total) controller.abort();
			}
		});
		await expect(run).rejects.toBeInstanceOf(ChunksCancelled);
	});
});

describe('taxonomy lookups indexed once per list', () => {
	const LIST: TaxonomyEntry[] = [
		{ id: 'a', label: 'alpha', aliases: ['beta', 'gamma'], builtIn: true },
		{ id: 'b', label: 'bêta', builtIn: true },
		{ id: 'c', label: 'gamma', builtIn: true }
	];

	it('still prefers an id or label to an alias, and the first entry among equals', () => {
		// « Beta » is an alias of a but the label of b (accents aside): labels come first.
		expect(findEntry(LIST, 'Beta')?.id).toBe('b');
		expect(findEntry(LIST, 'GAMMA')?.id).toBe('c');
		expect(findEntry(LIST, 'Alpha')?.id).toBe('a');
		expect(findEntry(LIST, 'delta')).toBeNull();
		expect(findEntry(LIST, '  ')).toBeNull();
	});

	it('answers a new list from its own entries (a custom entry makes a new array)', () => {
		const more = [...LIST, { id: 'd', label: 'delta', builtIn: true }];
		expect(findEntry(LIST, 'delta')).toBeNull();
		expect(findEntry(more, 'delta')?.id).toBe('d');
	});

	it('gives the same answer to the same question, correction and suggestion included', () => {
		const first = matchEntry(BUILT_IN_TAXONOMY.subjects, 'transport');
		expect(first).toEqual({ entry: expect.objectContaining({ id: 'mobilite' }), corrected: true });
		expect(matchEntry(BUILT_IN_TAXONOMY.subjects, 'transport')).toEqual(first);
		const typo = matchEntry(BUILT_IN_TAXONOMY.subjects, 'logemnt');
		expect(typo).toEqual({ entry: null, suggestion: expect.objectContaining({ id: 'logement' }) });
		expect(matchEntry(BUILT_IN_TAXONOMY.subjects, 'logemnt')).toEqual(typo);
	});
});
