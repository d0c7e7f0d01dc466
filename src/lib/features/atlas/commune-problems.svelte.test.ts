/**
 * The commune panel's list of workshop problems is the selected commune's, or null while it is
 * read: never « (0) » nor the previous commune's list (a break-it review saw both for a second),
 * nor « (0) » before the problems are counted (seen on a phone with ?problemes=1, 4 Dec 2026).
 */
import { describe, expect, it } from 'vitest';
import { AppCore } from '$lib/core/app-core.svelte';
import type { Engine } from '$lib/data/duckdb';
import type { AtlasData } from '$lib/data/static-data';
import type { Problem } from '$lib/features/workshops/model';
import { Atlas } from './atlas.svelte';

describe('Atlas: the selected commune’s problems', () => {
	const newAtlas = () =>
		new Atlas(
			new AppCore({
				data: async () => ({}) as unknown as AtlasData,
				engine: () => new Promise<Engine>(() => {})
			})
		);

	it('are null while read, then the commune’s own, whichever answer comes first', async () => {
		const atlas = newAtlas();
		atlas.problems.status = 'ready';
		// Each commune's answer is held until the test lets it go.
		const pending = new Map<string, (list: Problem[]) => void>();
		atlas.problems.forCommune = (code: string) =>
			new Promise<Problem[]>((resolve) => pending.set(code, resolve));
		const one = (id: string) => ({ id }) as Problem;

		const first = atlas.select('30284');
		expect(atlas.communeProblems).toBeNull();
		pending.get('30284')!([one('saint-martin')]);
		await first;
		expect(atlas.communeProblems?.map((p) => p.id)).toEqual(['saint-martin']);

		// Another commune: null at once (not Saint-Martin's list), and Anduze's once read, even if
		// Saint-Martin's second answer comes after it.
		const again = atlas.select('30284');
		const anduze = atlas.select('30010');
		expect(atlas.communeProblems).toBeNull();
		pending.get('30010')!([one('anduze-1'), one('anduze-2')]);
		await anduze;
		pending.get('30284')!([one('saint-martin')]);
		await again;
		expect(atlas.communeProblems?.map((p) => p.id)).toEqual(['anduze-1', 'anduze-2']);

		await atlas.select(null);
		expect(atlas.communeProblems).toEqual([]);
	});

	it('are null (unknown) until the problems are counted, not an empty list', async () => {
		const atlas = newAtlas();
		const asked: string[] = [];
		atlas.problems.forCommune = async (code: string) => (asked.push(code), []);
		for (const status of ['idle', 'loading', 'failed'] as const) {
			atlas.problems.status = status;
			await atlas.select(status === 'loading' ? '30010' : '30284');
			expect(atlas.communeProblems, status).toBeNull();
		}
		expect(asked).toEqual([]);
	});
});
