import { describe, expect, it } from 'vitest';
import { fixture, OPTIONS } from '../../../../../tests/fixtures/workshops/helpers';
import { importProblems } from './index';
import { rejectedFileName, rejectedLinesCsv } from './rejected-csv';

describe('rejected lines as CSV', () => {
	it('lists each line not imported with its reason and its cells, for French Excel', async () => {
		const r = await importProblems(fixture('extra-fields.csv'), 'extra-fields.csv', OPTIONS);
		if (r.kind !== 'ok') throw new Error(r.kind);
		const why =
			'6 valeurs pour 5 colonnes d’en-tête (en trop : « X ») : la ligne n’est pas importée, car un séparateur de trop dans un texte décale peut-être les colonnes. Mettez ce texte entre guillemets, ou retirez la valeur en trop';
		// Lines 2 and 4 of the fixture, their 6 cells under the 5 headers and a 6th unnamed column;
		// « même le samedi » starts with a space, so it is quoted.
		expect(rejectedLinesCsv(r.headers, r.rejected)).toBe(
			'\uFEFF' +
				[
					'Ligne;Motif;Date du forum;Thème;Communes;Description;Poids;colonne 6',
					`2;${why.replace('X', 'Anduze')};14/03/2025;jeunesse;Alès;Pas de bus le soir;2;Anduze`,
					`4;${why.replace('X', '3')};14/03/2025;jeunesse;Mialet;Pas de bus;" même le samedi";3`
				].join('\r\n') +
				'\r\n'
		);
		expect(rejectedFileName('forum 1.csv')).toBe('forum 1-lignes-non-importees.csv');
	});

	it('writes 200 000 rejected lines (a long list once overflowed the call stack)', () => {
		const rows = Array.from({ length: 200_000 }, (_, i) => ({
			line: i + 2,
			cells: i === 7 ? ['a', 'b', 'c'] : ['a'],
			reasons: ['date inexistante']
		}));
		const csv = rejectedLinesCsv(['Date'], rows);
		const lines = csv.split('\r\n').filter(Boolean);
		// The header and one line per rejected line; the widest line (3 cells) sets the columns.
		expect(lines).toHaveLength(200_001);
		expect(lines[0]).toBe('\uFEFFLigne;Motif;Date;colonne 2;colonne 3');
		expect(lines[8]).toBe('9;date inexistante;a;b;c');
	});
});
