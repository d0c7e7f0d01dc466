import { describe, expect, it } from 'vitest';
import { makeProblem, OPTIONS, utf8 } from '../../../../../tests/fixtures/workshops/helpers';
import { JSON_FORMAT } from '../json-format';
import { importProblems } from './index';

/** A backup of the atlas (its JSON export) holding `problems` as written. */
const backup = (problems: unknown[]) =>
	utf8(JSON.stringify({ format: JSON_FORMAT, version: 1, problems }));

describe('a JSON backup with damaged entries', () => {
	it('rejects each damaged entry with a French reason and keeps the others', async () => {
		const good = makeProblem('p-bon', { description: 'Pas de bus le soir' });
		const { wholeTerritory: _w, ...noScope } = makeProblem('p-sans-portee');
		const entries = [
			good,
			{ ...makeProblem('p-forum-null'), forum: null },
			{ ...makeProblem('p-theme-nombre'), theme: 3 },
			{ ...makeProblem('p-sujets'), subjects: [1] },
			{ ...makeProblem('p-date-nombre'), createdAt: 12345 },
			{ ...makeProblem('p-lieu'), forum: { date: '2025-03-14', numero: 1 } },
			noScope,
			{ ...makeProblem('x'), id: 123 }
		];
		const result = await importProblems(backup(entries), 'sauvegarde.json', OPTIONS);
		if (result.kind !== 'ok') throw new Error(result.kind);
		expect(result.problems.map((p) => p.id)).toEqual(['p-bon']);
		// Entries 2 to 8, each with the field at fault (numbered from 1, as the report shows them).
		expect(result.rejected.map((r) => [r.line, r.reasons])).toEqual([
			[2, ['entrée mal formée — ignorée (champ « forum » : valeur vide (null) non valable)']],
			[3, ['entrée mal formée — ignorée (champ « theme » : valeur 3 non valable)']],
			[4, ['entrée mal formée — ignorée (champ « subjects.0 » : valeur 1 non valable)']],
			[5, ['entrée mal formée — ignorée (champ « createdAt » : valeur 12345 non valable)']],
			[6, ['entrée mal formée — ignorée (champ « forum.lieu » : absent)']],
			[7, ['entrée mal formée — ignorée (champ « wholeTerritory » : absent)']],
			[8, ['entrée mal formée — ignorée (champ « id » : valeur 123 non valable)']]
		]);
	});

	it('a missing or unreadable format number is said as such, not as a newer version', async () => {
		const read = (version: unknown) =>
			importProblems(
				utf8(JSON.stringify({ format: JSON_FORMAT, version, problems: [] })),
				'sauvegarde.json',
				OPTIONS
			);
		const tail =
			' : le fichier a peut-être été modifié à la main. Importez la sauvegarde d’origine, ou un export CSV de l’atlas.';
		expect(await read(undefined)).toEqual({
			kind: 'refused',
			message: `Le numéro de format de cette sauvegarde (« version ») est absent${tail}`
		});
		expect(await read('1')).toEqual({
			kind: 'refused',
			message: `Le numéro de format de cette sauvegarde (« version ») est illisible ("1")${tail}`
		});
		expect(await read(7)).toEqual({
			kind: 'refused',
			message:
				'Ce fichier vient d’une version plus récente de l’Atlas (format 7) : mettez l’application à jour puis réessayez.'
		});
	});

	it('fields the atlas does not know are named once, with how many entries hold them', async () => {
		const a = { ...makeProblem('p-a'), futureField: 1 };
		const b = makeProblem('p-b');
		const c = { ...makeProblem('p-c'), futureField: 2, forum: { ...b.forum, salle: 'B12' } };
		const r = await importProblems(backup([a, b, c]), 'sauvegarde.json', OPTIONS);
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.problems.map((p) => p.id)).toEqual(['p-a', 'p-b', 'p-c']);
		expect(r.issues.map((i) => i.message)).toEqual([
			'Champs inconnus de l’atlas, non importés : « futureField » (2 entrées), « forum.salle » (1 entrée). Ils viennent d’une modification à la main ou d’un autre outil ; le reste de chaque entrée est importé.'
		]);
		// The atlas's own fields of a stored record are not unknown.
		const stored = { ...makeProblem('p-d'), revision: 3, deletedAt: null };
		const plain = await importProblems(backup([stored]), 'sauvegarde.json', OPTIONS);
		expect(plain.kind === 'ok' && plain.issues).toEqual([]);
	});
});
