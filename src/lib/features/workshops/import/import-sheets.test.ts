import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../../../../../tests/fixtures/workshops/helpers';
import { multiSheetWorkbook } from '../../../../../tests/fixtures/workshops/multi-sheet-workbook';
import { importProblems } from './index';

describe('XLSX workbook with several sheets', () => {
	it('reads the sheet that holds the table, says so, and accepts a serial date with a time', async () => {
		const r = await importProblems(await multiSheetWorkbook(), 'forum.xlsx', OPTIONS);
		if (r.kind !== 'ok') throw new Error(r.kind);
		// Row 2: serial 45820.75 → 12/06/2025 (18 h dropped); row 3: typed 13/06/2025.
		expect(r.problems.map((p) => [p.forum.date, p.communes, p.description])).toEqual([
			['2025-06-12', ['30010'], 'Pas de bus le soir'],
			['2025-06-13', ['30168'], 'Manque de bénévoles']
		]);
		expect(r.issues).toEqual([
			{
				line: 0,
				severity: 'warning',
				message:
					"Feuille « Problématiques » lue (feuilles non lues : « Mode d'emploi », « Listes »). Pour importer une autre feuille, enregistrez-la seule au format CSV et importez ce fichier."
			}
		]);
	});
});
