import { describe, expect, it } from 'vitest';
import { fixture, OPTIONS, utf8 } from '../../../../../tests/fixtures/workshops/helpers';
import { importProblems } from './index';

describe('files written before the theme ids were shared', () => {
	it('imports an old JSON export with its theme ids made current, and says so once', async () => {
		const result = await importProblems(
			fixture('export-ancien-theme.json'),
			'export-ancien-theme.json',
			OPTIONS
		);
		if (result.kind !== 'ok') throw new Error(result.kind);
		expect(result.problems.map((p) => [p.id, p.theme])).toEqual([
			['p-c57fa22640ddd680', 'petite_enfance'],
			['p-00000000000000a2', 'jeunesse'],
			['p-00000000000000a3', 'petite_enfance']
		]);
		// Nothing else changed: the first entry as written in the file, theme apart.
		expect(result.problems[0]).toMatchObject({
			subjects: ['garde_enfants'],
			publics: ['familles_monoparentales'],
			weight: 9,
			status: 'retenue',
			updatedAt: '2025-03-13T10:00:00.000Z'
		});
		expect(result.issues).toEqual([
			{
				line: 0,
				severity: 'warning',
				message:
					'2 problématiques portaient un ancien identifiant de thème ; il a été mis à jour (« petite_enfance_enfance » → « petite_enfance »). Le thème reste le même et rien d’autre n’a été modifié.'
			}
		]);
	});

	it('reads the old id in a CSV theme cell and gives the problem the id it had before', async () => {
		const csv = [
			'Date du forum;Lieu;Forum n°;Thème;Communes;Description;Poids',
			'13/03/2025;Alès;1;petite_enfance_enfance;Alès;Places en crèche insuffisantes;9'
		].join('\n');
		const result = await importProblems(utf8(csv), 'ancien.csv', OPTIONS);
		if (result.kind !== 'ok') throw new Error(result.kind);
		expect(result.problems.map((p) => [p.id, p.theme])).toEqual([
			['p-c57fa22640ddd680', 'petite_enfance']
		]);
	});
});
