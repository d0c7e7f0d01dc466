import { describe, expect, it } from 'vitest';
import { fixture, NOW, OPTIONS, utf8 } from '../../../../../tests/fixtures/workshops/helpers';
import { importProblems, importWithMapping } from './index';
import type { ImportResult } from './report';

function ok(result: ImportResult) {
	if (result.kind !== 'ok') throw new Error(`attendu ok, obtenu ${result.kind}`);
	return result;
}
const messages = (r: ImportResult) => ok(r).issues.map((i) => i.message);

const HEADER =
	'Date du forum;Lieu;Forum n°;Thème;Sujet(s);Publics;Commune(s);Description;Poids;Porté par;Statut';

describe('CSV import', () => {
	it('reads a semicolon CSV with a UTF-8 BOM (French Excel « CSV UTF-8 »)', async () => {
		const text = `${HEADER}\r\n14/03/2025;Alès;1;Jeunesse;Mobilité | Logement;Jeunes 16–25 ans;St Christol lès Alès;Pas de logement pour les apprentis;3;Élu;Retenue pour le plan d’actions\r\n`;
		const r = ok(await importProblems(utf8(text, true), 'forum.csv', OPTIONS));
		expect(r.issues).toEqual([]);
		expect(r.problems).toEqual([
			{
				id: expect.stringMatching(/^p-[0-9a-f]{16}$/),
				forum: { date: '2025-03-14', lieu: 'Alès', numero: 1 },
				theme: 'jeunesse',
				subjects: ['mobilite', 'logement'],
				publics: ['jeunes_16_25'],
				communes: ['30243'],
				wholeTerritory: false,
				description: 'Pas de logement pour les apprentis',
				weight: 3,
				raisedBy: 'elu',
				status: 'retenue',
				createdAt: NOW,
				updatedAt: NOW,
				example: false
			}
		]);
	});

	it('reads Windows-1252 bytes (« é » is 0xE9, « ’ » is 0x92)', async () => {
		const text = `${HEADER}\r\n20/05/2025;Vézénobres;2;vie associative;bénévolat;;Vézénobres;Pas d’accès aux salles;2;association;\r\n`;
		const bytes = new Uint8Array(Buffer.from(text.replace('’', '\x92'), 'latin1'));
		expect(bytes.includes(0xe9)).toBe(true);
		const [p] = ok(await importProblems(bytes, 'forum.csv', OPTIONS)).problems;
		expect(p?.forum.lieu).toBe('Vézénobres');
		expect(p?.communes).toEqual(['30348']);
		expect(p?.description).toBe('Pas d’accès aux salles');
	});

	it('keeps multi-line quoted descriptions and reports the physical line of later records', async () => {
		const r = ok(await importProblems(fixture('multiline-comma.csv'), 'ateliers.csv', OPTIONS));
		expect(r.problems.map((p) => p.description)).toEqual([
			'Pas de bus le soir\naprès 20 h\npour rentrer des formations',
			'Difficile de recruter des bénévoles, "surtout" des jeunes'
		]);
		expect(r.problems[1]).toMatchObject({
			theme: 'vie_associative',
			subjects: ['benevolat_vie_associative', 'numerique'],
			communes: ['30010', '30330'],
			raisedBy: 'elu',
			status: 'retenue'
		});
		expect(messages(r)).toEqual([
			'Ligne 5 : description vide',
			'Ligne 6 : thème « sport » inconnu (attendu : petite enfance et enfance, jeunesse, vie associative). S’il s’agit d’un nouvel atelier, ajoutez le thème « sport » à la liste (dans le formulaire de saisie, plus haut sur cette page : « Ajouter un thème, un sujet ou un public à la liste »), puis réimportez le fichier',
			// « bénévolat » is an alias of the subject « bénévolat et vie associative »: a correction.
			'Ligne 7 : sujet « bénévolat » enregistré comme « bénévolat et vie associative » (correspondance de la liste)'
		]);
		expect(r.rowCount).toBe(4);
	});

	it('accepts « 2,0 » as 2 and refuses « 1,5 » rather than rounding it', async () => {
		const r = ok(await importProblems(fixture('decimal-weight.csv'), 'poids.csv', OPTIONS));
		expect(r.problems.map((p) => [p.weight, p.communes])).toEqual([
			[2, ['30132']],
			[1, ['30203']]
		]);
		expect(r.issues).toEqual([
			{
				line: 3,
				severity: 'error',
				message:
					'Ligne 3 : poids « 1,5 » non entier : indiquez combien de participants ou structures l’ont soulevée (nombre entier)'
			},
			{
				line: 4,
				severity: 'error',
				message: 'Ligne 4 : poids « beaucoup » illisible : indiquez un nombre entier (1 ou plus)'
			},
			{ line: 5, severity: 'warning', message: 'Ligne 5 : poids absent — 1 retenu' }
		]);
	});

	it('keeps rows with unknown or ambiguous communes aside with suggestions, never guessing', async () => {
		const r = ok(await importProblems(fixture('communes-to-choose.csv'), 'communes.csv', OPTIONS));
		expect(r.problems.map((p) => [p.wholeTerritory, p.communes])).toEqual([
			[true, []],
			[false, ['30007', '30329']]
		]);
		expect(
			r.pending.map((p) => [p.line, p.draft.communes, p.unresolved.map((u) => u.match.status)])
		).toEqual([
			[2, [], ['unknown']],
			[3, [], ['ambiguous']],
			[6, ['30007'], ['unknown']]
		]);
		expect(r.pending[1]?.unresolved[0]?.match.suggestions).toHaveLength(20);
		expect(messages(r)).toEqual([
			'Ligne 2 : commune « Saint-Jeen-du-Gard » inconnue — suggestions : Saint-Jean-du-Gard',
			"Ligne 3 : commune « Saint » ambiguë — précisez : Saint-Bonnet-de-Salendrinque, Saint-Césaire-de-Gauzignan, Saint-Christol-lez-Alès, Saint-Étienne-de-l'Olm, Saint-Florent-sur-Auzonnet, Saint-Hilaire-de-Brethmas, Saint-Hippolyte-de-Caton, Saint-Jean-de-Ceyrargues…",
			// Corbès merged into Thoiras-Corbès: accepted, and said.
			'Ligne 5 : commune « Corbès » enregistrée comme Thoiras-Corbès (communes fusionnées : Corbès fait partie de Thoiras-Corbès)',
			'Ligne 6 : commune « Nîmes » inconnue — aucune commune proche dans le territoire'
		]);
	});

	it('asks for a column mapping when required columns are missing, then imports with it', async () => {
		const bytes = fixture('needs-mapping.csv');
		const r = await importProblems(bytes, 'notes.csv', OPTIONS);
		expect(r).toMatchObject({
			kind: 'needsMapping',
			headers: ['Quand', 'Atelier', 'Où', 'Ce qui a été dit'],
			guessed: { theme: 1 },
			message:
				'Colonnes à associer : « Date du forum », « Communes », « Description ». Indiquez quelle colonne du fichier correspond à chacune.'
		});
		const mapped = ok(
			await importWithMapping(
				bytes,
				'notes.csv',
				{ forumDate: 0, theme: 1, communes: 2, description: 3 },
				OPTIONS
			)
		);
		expect(mapped.problems.map((p) => [p.theme, p.communes, p.weight])).toEqual([
			['jeunesse', ['30010'], 1],
			['vie_associative', ['30348'], 1]
		]);
		expect(messages(mapped)).toEqual([
			'Ligne 2 : poids absent — 1 retenu',
			'Ligne 3 : poids absent — 1 retenu'
		]);
	});

	it('reports a duplicated row once and keeps the first', async () => {
		const row = '14/03/2025;Alès;1;jeunesse;;;Alès;Pas de bus le soir;2;;';
		const r = ok(await importProblems(utf8(`${HEADER}\n${row}\n${row}\n`), 'd.csv', OPTIONS));
		expect(r.problems).toHaveLength(1);
		expect(messages(r)).toEqual(['Ligne 3 : identique à la ligne 2 : importée une seule fois']);
	});

	it('reports unknown subjects, publics, « porté par » and status as warnings and keeps the row', async () => {
		const row = '14/03/2025;Alès;1;jeunesse;sport | pétanque;ados;Alès;Pas de club;2;mairie;urgent';
		const r = ok(await importProblems(utf8(`${HEADER}\n${row}\n`), 'w.csv', OPTIONS));
		expect(r.problems[0]).toMatchObject({
			subjects: ['sport'],
			publics: [],
			raisedBy: null,
			status: 'nouvelle'
		});
		expect(messages(r)).toEqual([
			'Ligne 2 : sujet « pétanque » inconnu — ignoré (ajoutez-le à la liste des sujets, puis réimportez le fichier)',
			'Ligne 2 : public « ados » inconnu — ignoré (ajoutez-le à la liste des publics, puis réimportez le fichier)',
			'Ligne 2 : « porté par » « mairie » inconnu — laissé vide (attendu : service, association, élu·e, partenaire, habitant·e)',
			'Ligne 2 : statut « urgent » inconnu — « nouvelle » retenu'
		]);
	});

	it('refuses a file with a header and no rows', async () => {
		const r = await importProblems(utf8(`${HEADER}\n\n`), 'vide.csv', OPTIONS);
		expect(r).toEqual({
			kind: 'refused',
			message:
				'« vide.csv » ne contient aucune problématique (seulement un en-tête, ou rien). Ajoutez une ligne par problématique sous la ligne d’en-tête.'
		});
	});
});
