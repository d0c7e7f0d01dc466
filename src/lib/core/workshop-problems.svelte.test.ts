import { describe, expect, it } from 'vitest';
import type { Engine } from '$lib/data/duckdb';
import type { Problem } from '$lib/features/workshops/model';
import { BUILT_IN_TAXONOMY } from '$lib/features/workshops/taxonomy';
import { ProblemsState } from './problems.svelte';
import { WorkshopProblems, type ProblemsLoader } from './workshop-problems.svelte';

const problem = { id: 'p1', communes: ['30007'], weight: 2 } as unknown as Problem;
/** A fake engine: the count query answers one commune with one problem of weight 2. */
const engine = {
	queryBound: async () => [{ code: '30007', problems: 1, weight: 2 }],
	query: async () => []
} as unknown as Engine;

function countingLoader(fail = false) {
	const calls = { n: 0 };
	const loader: ProblemsLoader = async () => {
		calls.n++;
		await new Promise((r) => setTimeout(r, 5));
		if (fail) throw new Error('base du navigateur illisible');
		return { problems: [problem], example: false, taxonomy: BUILT_IN_TAXONOMY, notice: '' };
	};
	return { calls, loader };
}

describe('WorkshopProblems (the core store)', () => {
	it('is read once for pages starting together, and every page sees the same problems', async () => {
		const { calls, loader } = countingLoader();
		const store = new WorkshopProblems(loader);
		const map = new ProblemsState(store);
		const crossing = new ProblemsState(store);
		await Promise.all([map.load(engine), crossing.load(engine)]);
		expect(calls.n).toBe(1);
		expect(map.all).toEqual([problem]);
		expect(crossing.all).toBe(map.all);
		expect(map.status).toBe('ready');
	});

	it('is read again when a later page starts, so problems captured since show', async () => {
		const { calls, loader } = countingLoader();
		const store = new WorkshopProblems(loader);
		await store.load(engine);
		await store.load(engine);
		expect(calls.n).toBe(2);
	});

	it('tells each page why the problems could not be read, in French', async () => {
		const { loader } = countingLoader(true);
		const page = new ProblemsState(new WorkshopProblems(loader));
		await page.load(engine);
		expect(page.status).toBe('failed');
		expect(page.message).toContain('n’ont pas pu être chargées');
		expect(page.message).toContain('base du navigateur illisible');
	});

	it('counts first when the list comes later, and gives the list once asked', async () => {
		let asked = 0;
		const later: Problem[] = [problem, { ...problem, id: 'p2' }];
		const store = new WorkshopProblems(async () => ({
			problems: [],
			example: false,
			taxonomy: BUILT_IN_TAXONOMY,
			notice: '',
			rest: async () => (asked++, later)
		}));
		const page = new ProblemsState(store);
		await page.load(engine);
		expect(page.status).toBe('ready');
		// Counted from the engine (the fake's one commune) while the list is asked for.
		expect(page.byCommune['30007']).toMatchObject({ problems: 1, weight: 2 });
		expect(await store.whenAll()).toBe(later);
		expect(store.all).toBe(later);
		expect(asked).toBe(1);
	});

	it('keeps the counts and says so when the list cannot come', async () => {
		const store = new WorkshopProblems(async () => ({
			problems: [],
			example: false,
			taxonomy: BUILT_IN_TAXONOMY,
			notice: '',
			rest: async () => {
				throw new Error('lecteur arrêté');
			}
		}));
		await store.load(engine);
		expect(await store.whenAll()).toEqual([]);
		expect(store.status).toBe('ready');
		expect(store.notice).toContain(
			'La liste des problématiques n’a pas pu être lue (lecteur arrêté)'
		);
	});
});
