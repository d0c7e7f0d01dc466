import { describe, expect, it } from 'vitest';
import { ALES_COMMUNES } from '../../../../tests/fixtures/workshops/ales-communes';
import { NOW, utf8 } from '../../../../tests/fixtures/workshops/helpers';
import { problemsToCsv, problemsToJson } from './export';
import { importProblems } from './import';
import { mergeProblems } from './merge';
import type { Problem } from './model';
import { BUILT_IN_TAXONOMY } from './taxonomy';
import { addCustomEntry } from './taxonomy-custom';

const added = addCustomEntry(BUILT_IN_TAXONOMY, 'subject', 'Cantine scolaire');
if (!added.ok) throw new Error('taxonomie');
const taxonomy = added.taxonomy;

const base: Problem = {
	id: 'p-0000000000000001',
	forum: { date: '2025-03-14', lieu: 'Alès', numero: 1 },
	theme: 'jeunesse',
	subjects: ['mobilite', 'logement'],
	publics: ['jeunes_16_25', 'handicap'],
	communes: ['30007', '30329'],
	wholeTerritory: false,
	description: 'Pas de bus le soir',
	weight: 3,
	raisedBy: 'association',
	status: 'retenue',
	createdAt: '2025-03-14T10:00:00.000Z',
	updatedAt: '2025-03-20T16:30:12.345Z',
	example: false
};

/** Problems chosen to break a naive exporter: quotes, separators, line breaks, formulas, nulls. */
const PROBLEMS: Problem[] = [
	base,
	{
		...base,
		id: 'p-0000000000000002',
		forum: { date: '2025-05-20', lieu: '', numero: null },
		theme: 'petite_enfance',
		subjects: [x('Cantine scolaire'), 'garde_enfants'],
		publics: [],
		communes: [],
		wholeTerritory: true,
		description: 'Crèches « pleines » ; liste d\'attente "longue"\nsurtout en été',
		weight: 12,
		raisedBy: null,
		status: 'nouvelle',
		example: true
	},
	{
		...base,
		id: 'p-0000000000000003',
		theme: 'vie_associative',
		subjects: [],
		communes: ['30243', '30239'],
		description: '- manque de salles | =SOMME(A1) @asso +1',
		raisedBy: 'elu',
		status: 'ecartee'
	}
];
function x(label: string): string {
	return taxonomy.subjects.find((s) => s.label === label)?.id ?? '';
}

const options = { communes: ALES_COMMUNES, taxonomy, now: NOW };

describe('export → import round trip', () => {
	it('CSV gives back exactly the same problems', async () => {
		const csv = problemsToCsv(PROBLEMS, { communes: ALES_COMMUNES, taxonomy });
		expect(csv.startsWith('\uFEFFIdentifiant;Date du forum;Lieu;Forum n°;Thème;')).toBe(true);
		expect(csv).toContain('\r\n');
		expect(csv).toContain(';14/03/2025;');
		expect(csv).toContain('Alès (30007) | Thoiras-Corbès (30329)');
		expect(csv).toContain(";'- manque de salles | =SOMME(A1) @asso +1;");
		const r = await importProblems(utf8(csv), 'export.csv', options);
		expect(r.kind === 'ok' && r.issues).toEqual([]);
		expect(r.kind === 'ok' && r.problems).toEqual(PROBLEMS);
	});

	it('JSON gives back exactly the same problems', async () => {
		const json = problemsToJson(PROBLEMS, NOW);
		expect(JSON.parse(json)).toMatchObject({
			format: 'atlas-des-besoins/problematiques',
			version: 1
		});
		const r = await importProblems(utf8(json), 'export.json', options);
		expect(r.kind === 'ok' && r.issues).toEqual([]);
		expect(r.kind === 'ok' && r.problems).toEqual(PROBLEMS);
	});
});

describe('importing the same file twice', () => {
	it('creates no duplicate: the second import is all « unchanged »', async () => {
		const file = utf8(
			'Date du forum;Thème;Communes;Description;Poids\n14/03/2025;jeunesse;Alès;Pas de bus;2\n20/05/2025;jeunesse;Anduze;Pas de PIJ;1\n'
		);
		const first = await importProblems(file, 'f.csv', { communes: ALES_COMMUNES, now: NOW });
		const second = await importProblems(file, 'f.csv', {
			communes: ALES_COMMUNES,
			now: '2025-06-01T00:00:00.000Z'
		});
		if (first.kind !== 'ok' || second.kind !== 'ok') throw new Error('import');
		const once = mergeProblems([], first.problems);
		const twice = mergeProblems(once.merged, second.problems);
		expect(twice.merged).toEqual(once.merged);
		expect([twice.added.length, twice.unchanged.length, twice.updated.length]).toEqual([0, 2, 0]);
	});
});
