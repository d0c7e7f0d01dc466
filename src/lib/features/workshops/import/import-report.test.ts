/**
 * Issue 9, « every row is stored as written, or reported »: one fixture per class of fault, each
 * expected report (line, field, French reason) written by hand from the fixture's text.
 */
import { describe, expect, it } from 'vitest';
import { GARD_OUTSIDE } from '../../../../../tests/fixtures/workshops/ales-communes';
import { fixture, NOW, OPTIONS, utf8 } from '../../../../../tests/fixtures/workshops/helpers';
import { importProblems, importWithMapping } from './index';
import type { ImportResult } from './report';

function ok(result: ImportResult) {
	if (result.kind !== 'ok') throw new Error(`attendu ok, obtenu ${result.kind}`);
	return result;
}
const messages = (r: ImportResult) => ok(r).issues.map((i) => `${i.severity} ${i.message}`);
const read = async (name: string) => ok(await importProblems(fixture(name), name, OPTIONS));

describe('import report, one class of fault per fixture', () => {
	it('an unclosed quote is reported where it opened and swallows no other row', async () => {
		// Line 3 opens a quote in « Description » (4th column); the next « " » is the opening
		// quote of line 5's description, followed by a letter, not by « ; » or a line end: line 3
		// is unclosed. Line 6 opens one that runs to the end of the file.
		const r = await read('unclosed-quote.csv');
		expect(r.problems.map((p) => p.description)).toEqual([
			'Pas de bus le soir',
			'Manque de bénévoles',
			'Pas de "point" jeunesse'
		]);
		const reason = (how: string) =>
			`guillemet (") ouvert dans la colonne « Description » (colonne 4) et ${how} : la ligne n’est pas importée, pour que les lignes suivantes ne soient pas avalées dans ce texte. Fermez ou retirez ce guillemet, puis importez de nouveau cette ligne`;
		expect(messages(r)).toEqual([
			`error Ligne 3 : ${reason('fermé seulement ligne 5, au milieu d’un texte')}`,
			`error Ligne 6 : ${reason('jamais fermé')}`
		]);
		expect(r.rejected.map((x) => [x.line, x.cells[2]])).toEqual([
			[3, 'Anduze'],
			[6, 'Mialet']
		]);
	});

	it('a quote closed by the opening quote of a later cell is unclosed: the later row is kept', async () => {
		// Line 2 opens a quote never closed on its line; the next « " » in the file opens line 3's
		// description, and is followed by « L », not by « ; » or a line end: line 2 is rejected
		// and line 3 is read as written, weight 3.
		const r = await read('quote-closed-later.csv');
		expect(r.problems.map((p) => [p.description, p.communes, p.weight])).toEqual([
			['Loyers trop chers', ['30305'], 3],
			['Rien à signaler', ['30223'], 1]
		]);
		expect(messages(r)).toEqual([
			'error Ligne 2 : guillemet (") ouvert dans la colonne « Description » (colonne 4) et fermé seulement ligne 3, au milieu d’un texte : la ligne n’est pas importée, pour que les lignes suivantes ne soient pas avalées dans ce texte. Fermez ou retirez ce guillemet, puis importez de nouveau cette ligne'
		]);
	});

	it('a quoted text over two lines, closed where it should be, is kept whatever it holds', async () => {
		// The second line of line 2's description holds as many « ; » as a whole record.
		const r = await read('quoted-lines.csv');
		expect(r.problems.map((p) => p.description)).toEqual([
			'Pas de bus le dimanche.\nConcerne : Alès ; Salindres ; Rousson ; Servas',
			'Loyers trop chers'
		]);
		expect(r.problems.map((_, i) => r.lines[i])).toEqual([2, 4]);
		expect(messages(r).filter((m) => m.startsWith('error'))).toEqual([]);
	});

	it('two « Communes » columns are merged; two « Statut » columns ask the user', async () => {
		const bytes = fixture('duplicate-headers.csv');
		const first = await importProblems(bytes, 'd.csv', OPTIONS);
		expect(first).toMatchObject({
			kind: 'needsMapping',
			guessed: { forumDate: 0, theme: 1, communes: 2, description: 3, weight: 5, status: 6 },
			message:
				'2 colonnes portent le nom « Statut » (colonnes 7 et 8) : choisissez celle à lire, l’autre ne sera pas importée.'
		});
		// The user picks the second « Statut » (column 8, index 7).
		const mapping = { forumDate: 0, theme: 1, communes: 2, description: 3, weight: 5, status: 7 };
		const r = ok(await importWithMapping(bytes, 'd.csv', mapping, OPTIONS));
		// Alès 30007 from column 3, Anduze 30010 and Mialet 30168 from column 5 (communes-ref.json).
		expect(r.problems.map((p) => [p.communes, p.status])).toEqual([
			[['30007', '30010', '30168'], 'ecartee'],
			[['30348'], 'nouvelle']
		]);
		expect(messages(r)).toEqual([
			'warning Ligne 1 : 2 colonnes « Communes » (colonnes 3 et 5) : leurs valeurs sont réunies',
			'warning Ligne 1 : colonne « Statut » (colonne 7) non importée : aucun champ de l’atlas ne porte ce nom. Pour en lire une dans un champ, choisissez « Associer les colonnes »'
		]);
	});

	it('unknown columns are listed, and can then be mapped', async () => {
		const r = await read('unknown-columns.csv');
		expect(messages(r)).toEqual([
			'warning Ligne 1 : colonne « Remarques » (colonne 8) non importée : l’atlas n’enregistre pas les remarques d’une problématique. Gardez le fichier d’origine pour conserver cette information',
			'warning Ligne 1 : colonnes « Animateur » (colonne 6) et colonne 7 (sans nom) non importées : aucun champ de l’atlas ne porte ce nom. Pour en lire une dans un champ, choisissez « Associer les colonnes »'
		]);
		expect(r.mapping).toEqual({ forumDate: 0, theme: 1, communes: 2, description: 3, weight: 4 });
		// Mapping « Animateur » to « Lieu »: nothing else is left unread but columns 7 and 8.
		const mapped = ok(
			await importWithMapping(
				fixture('unknown-columns.csv'),
				'u.csv',
				{ ...r.mapping, forumLieu: 5 },
				OPTIONS
			)
		);
		expect(mapped.problems[0]?.forum.lieu).toBe('Claire');
	});

	it('synonym and capitalised headers are matched, and « SOURCE » is said not to be imported', async () => {
		const r = await read('synonym-headers.csv');
		expect(r.mapping).toEqual({
			forumDate: 0,
			theme: 1,
			publics: 2,
			communes: 3,
			description: 4,
			weight: 5,
			status: 6,
			raisedBy: 7
		});
		expect(r.problems[0]).toMatchObject({
			theme: 'jeunesse',
			publics: ['jeunes_16_25'],
			communes: ['30007'],
			weight: 2,
			status: 'retenue',
			raisedBy: 'elu'
		});
		expect(messages(r)).toEqual([
			'warning Ligne 1 : colonne « SOURCE » (colonne 9) non importée : l’atlas n’enregistre pas la source d’une problématique. Gardez le fichier d’origine pour conserver cette information'
		]);
	});

	it('abbreviated headers come back as a proposal the user can accept as it is', async () => {
		const bytes = fixture('abbreviated-headers.csv');
		const first = await importProblems(bytes, 'a.csv', OPTIONS);
		if (first.kind !== 'needsMapping') throw new Error(first.kind);
		expect(first.guessed).toEqual({
			subjects: 5,
			forumDate: 0,
			theme: 1,
			communes: 2,
			description: 3,
			weight: 4
		});
		expect(first.message).toBe(
			'Colonnes reconnues d’après une abréviation, à vérifier : « Dt forum » (colonne 1) → « Date du forum », « Thém. » (colonne 2) → « Thème », « Comm. » (colonne 3) → « Communes », « Descr. » (colonne 4) → « Description », « Pond. » (colonne 5) → « Poids ». Si c’est juste, lisez le fichier avec ces colonnes.'
		);
		const r = ok(await importWithMapping(bytes, 'a.csv', first.guessed, OPTIONS));
		expect(
			r.problems.map((p) => [p.forum.date, p.theme, p.communes, p.weight, p.subjects])
		).toEqual([['2025-03-14', 'jeunesse', ['30010'], 3, ['logement']]]);
		expect(r.issues).toEqual([]);
	});

	it('a code and a name that disagree wait for the user, never picked', async () => {
		// 30270 is Saint-Jean-du-Pin; Saint-Jean-du-Gard is 30269.
		const r = await read('code-name-disagree.csv');
		expect(r.problems.map((p) => p.communes)).toEqual([['30010']]);
		expect(
			r.pending.map((p) => [
				p.line,
				p.draft.communes,
				p.unresolved[0]?.match.suggestions.map((s) => s.code)
			])
		).toEqual([[2, [], ['30270', '30269']]]);
		expect(messages(r)).toEqual([
			'choice Ligne 2 : commune « Saint-Jean-du-Gard (30270) » : le code 30270 est celui de Saint-Jean-du-Pin, pas le nom écrit — choisissez la bonne commune (Saint-Jean-du-Pin, Saint-Jean-du-Gard)'
		]);
	});

	it('a value stored under another label is reported as a correction', async () => {
		const r = await read('silent-alias.csv');
		expect(r.problems.map((p) => [p.subjects, p.publics])).toEqual([
			[['mobilite', 'logement'], ['jeunes_16_25']],
			[['garde_enfants'], ['familles_monoparentales']]
		]);
		// « Nouvelle » is the status label in capitals: not a correction.
		expect(messages(r)).toEqual([
			'warning Ligne 2 : sujet « transport » enregistré comme « mobilité » (correspondance de la liste)',
			'warning Ligne 2 : public « jeunes » enregistré comme « jeunes 16–25 ans » (correspondance de la liste)',
			'warning Ligne 3 : sujet « garde » enregistré comme « garde d’enfants » (correspondance de la liste)',
			'warning Ligne 3 : public « monoparentales » enregistré comme « familles monoparentales » (correspondance de la liste)'
		]);
	});

	it('a row with more values than the header is rejected and reported; an empty trailing cell is not', async () => {
		const r = await read('extra-fields.csv');
		expect(r.problems.map((p) => p.description)).toEqual(['Locaux trop petits']);
		const why = (n: number, surplus: string) =>
			`error Ligne ${n} : 6 valeurs pour 5 colonnes d’en-tête (en trop : « ${surplus} ») : la ligne n’est pas importée, car un séparateur de trop dans un texte décale peut-être les colonnes. Mettez ce texte entre guillemets, ou retirez la valeur en trop`;
		expect(messages(r)).toEqual([why(2, 'Anduze'), why(4, '3')]);
	});

	it('a row with one separator more than the others, its last value empty, is said to be shifted', async () => {
		// Six columns; lines 2, 3 and 5 have six values (3 and 5 end with an empty « Lieu »).
		// Lines 4 and 6 have seven, the seventh empty: « ; » inside the description moved the rest
		// one column right, so line 4's « surtout le dimanche » is read as its « Lieu ».
		const r = await read('shifted-row.csv');
		expect(r.problems.map((p) => [p.description, p.forum.lieu])).toEqual([
			['Pas de bus le soir', 'Alès'],
			['Locaux trop petits', ''],
			['Pas de bus', 'surtout le dimanche'],
			['Pas de foyer', '']
		]);
		const shifted =
			'7 valeurs (la dernière vide) pour 6 colonnes d’en-tête, alors que les lignes du fichier en ont d’ordinaire 6 : un séparateur de trop dans un texte a peut-être décalé les valeurs suivantes d’une colonne. Vérifiez les valeurs de cette ligne ; si un texte contient le séparateur, mettez-le entre guillemets';
		const theme =
			'thème « jeunnesse » inconnu : vouliez-vous dire « jeunesse » ? Corrigez la ligne, puis importez-la de nouveau';
		expect(messages(r)).toEqual([
			`warning Ligne 4 : ${shifted}`,
			`warning Ligne 6 : ${shifted}`,
			`error Ligne 6 : ${theme}`
		]);
		// The rejected line's downloadable reasons say both.
		expect(r.rejected.map((x) => [x.line, x.reasons])).toEqual([[6, [shifted, theme]]]);
	});

	it('one row, shifted: the header says the usual width; a blank row is not shifted', async () => {
		const text = [
			'Date du forum;Thème;Communes;Poids;Description;Lieu',
			'14/03/2025;jeunesse;Mialet;1;Pas de bus; surtout le dimanche;',
			';;;;;;'
		].join('\n');
		const r = ok(await importProblems(utf8(text), 'un.csv', OPTIONS));
		expect(r.problems.map((p) => [p.description, p.forum.lieu])).toEqual([
			['Pas de bus', 'surtout le dimanche']
		]);
		expect(messages(r)).toEqual([
			'warning Ligne 2 : 7 valeurs (la dernière vide) pour 6 colonnes d’en-tête, alors que les lignes du fichier en ont d’ordinaire 6 : un séparateur de trop dans un texte a peut-être décalé les valeurs suivantes d’une colonne. Vérifiez les valeurs de cette ligne ; si un texte contient le séparateur, mettez-le entre guillemets'
		]);
	});

	it('rows that all end with a separator are not said to be shifted; one more than that is', async () => {
		// Every line ends with « ; » (seven values, the header too): the tool's habit. Line 4 has
		// an eighth value, empty: the shift again, one separator past the file's usual seven.
		const text = [
			'Date du forum;Thème;Communes;Poids;Description;Lieu;',
			'14/03/2025;jeunesse;Alès;2;Pas de bus le soir;Alès;',
			'14/03/2025;jeunesse;Anduze;1;Locaux trop petits;;',
			'14/03/2025;jeunesse;Mialet;1;Pas de bus; surtout le dimanche;;'
		].join('\n');
		const r = ok(await importProblems(utf8(text), 'fin.csv', OPTIONS));
		expect(r.problems).toHaveLength(3);
		expect(messages(r)).toEqual([
			'warning Ligne 4 : 8 valeurs (les 2 dernières vides) pour 7 colonnes d’en-tête, alors que les lignes du fichier en ont d’ordinaire 7 : un séparateur de trop dans un texte a peut-être décalé les valeurs suivantes d’une colonne. Vérifiez les valeurs de cette ligne ; si un texte contient le séparateur, mettez-le entre guillemets'
		]);
	});

	it('a UTF-8 file with one line in Windows-1252 reads each line in its own encoding, and names it', async () => {
		// Lines 1, 2 and 4 are UTF-8 (« Thème », « Alès »); line 3 was pasted from a Windows-1252
		// file (« Élèves fatigués : transport trop tôt » as C9 6C E8…). Read as one encoding, every
		// accent of the file came out garbled (« AlÃ¨s ») and was stored so.
		const r = await read('mixed-encoding.csv');
		expect(r.problems.map((p) => [p.communes, p.description])).toEqual([
			[['30007'], 'Pas de bus le soir'],
			[['30010'], 'Élèves fatigués : transport trop tôt'],
			[['30269'], 'Locaux trop petits']
		]);
		expect(messages(r)).toEqual([
			'warning Ligne 3 : pas en UTF-8 comme le reste du fichier : lue en Windows-1252 (Excel français). Vérifiez ses accents ; pour les éviter, enregistrez le fichier entier en « CSV UTF-8 »'
		]);
	});

	it('a description of invisible characters only (zero-width spaces) is empty', async () => {
		const text = [
			'Date du forum;Thème;Communes;Description;Poids',
			'14/03/2025;jeunesse;Alès;\u200b\u200b\u2060;1',
			'14/03/2025;jeunesse;Alès;Pas de bus;1'
		].join('\n');
		const r = ok(await importProblems(utf8(text), 'zw.csv', OPTIONS));
		expect(r.problems.map((p) => p.description)).toEqual(['Pas de bus']);
		expect(messages(r)).toEqual([
			'error Ligne 2 : La description est vide : décrivez la problématique.'
		]);
	});

	it('a fractional Excel serial is a date; 31/02/2022 does not exist', async () => {
		const r = await read('dates.csv');
		// 45820 days after 30/12/1899 is 12/06/2025; .5 and ,75 are times of day.
		expect(r.problems.map((p) => p.forum.date)).toEqual(['2025-06-12', '2025-06-12']);
		expect(messages(r)).toEqual([
			'error Ligne 4 : date du forum « 31/02/2022 » : cette date n’existe pas (vérifiez le jour et le mois)',
			'error Ligne 5 : date du forum « 2023-02-29 » : cette date n’existe pas (vérifiez le jour et le mois)',
			'error Ligne 6 : date du forum « 14 mars » invalide (attendu : JJ/MM/AAAA)'
		]);
	});

	it('communes outside the territory or merged, and typos in the lists, are named', async () => {
		const r = ok(
			await importProblems(fixture('communes-and-typos.csv'), 'c.csv', {
				...OPTIONS,
				outside: GARD_OUTSIDE
			})
		);
		// Corbès (30094) is part of Thoiras-Corbès (30329) since 2019.
		expect(r.problems.map((p) => [p.communes, p.subjects])).toEqual([
			[['30329'], []],
			[['30010'], ['mobilite']]
		]);
		expect(r.pending.map((p) => p.line)).toEqual([2]);
		expect(messages(r)).toEqual([
			'choice Ligne 2 : commune « Nîmes » hors du territoire (Nîmes) — choisissez une commune du territoire, sinon elle est ignorée',
			'warning Ligne 3 : commune « Corbès » enregistrée comme Thoiras-Corbès (communes fusionnées : Corbès fait partie de Thoiras-Corbès)',
			'error Ligne 4 : thème « jeunnesse » inconnu : vouliez-vous dire « jeunesse » ? Corrigez la ligne, puis importez-la de nouveau',
			'warning Ligne 5 : sujet « logemnt » inconnu — ignoré (vouliez-vous dire « logement » ? Corrigez le fichier, puis réimportez-le)'
		]);
	});

	it('a header repeated inside the file gives one message and the row is skipped', async () => {
		const r = await read('repeated-header.csv');
		expect(r.problems.map((p) => p.communes)).toEqual([['30007'], ['30010'], ['30348']]);
		expect(messages(r)).toEqual([
			'warning Ligne 4 : ligne d’en-tête répétée (deux fichiers mis bout à bout ?) : ignorée, les lignes suivantes sont lues'
		]);
		expect(r.rejected).toEqual([]);
	});
});

describe('a value written twice in one cell', () => {
	it('is kept once, and the report says so (it used to be merged without a word)', async () => {
		const csv = [
			'Date du forum;Lieu;Forum n°;Thème;Sujets;Publics;Communes;Description;Poids',
			'13/03/2025;Alès;1;jeunesse;mobilité | Mobilité;;Alès, 30007;Pas de bus (exemple fictif);1'
		].join('\r\n');
		const r = ok(await importProblems(utf8(csv), 'deux-fois.csv', OPTIONS));
		expect(r.problems.map((p) => [p.subjects, p.communes])).toEqual([[['mobilite'], ['30007']]]);
		expect(messages(r)).toEqual([
			'warning Ligne 2 : sujet « Mobilité » écrit deux fois — compté une fois',
			'warning Ligne 2 : commune « 30007 » écrite deux fois (Alès) — comptée une fois'
		]);
	});
});

describe('forum dates whose year is to check', () => {
	it('is kept as written, with a remark past one year after the import', async () => {
		// The import runs on 1 April 2025 (NOW): 366 days later is 2 April 2026, the last date
		// without a remark. « 2052 » is « 2025 » mistyped.
		const csv = [
			'Date du forum;Lieu;Forum n°;Thème;Sujets;Publics;Communes;Description;Poids',
			'02/04/2026;Alès;1;jeunesse;;;Alès;Forum prévu (exemple fictif);1',
			'03/04/2026;Alès;2;jeunesse;;;Alès;Un jour plus tard (exemple fictif);1',
			'13/03/2052;Alès;3;jeunesse;;;Alès;Année mal tapée (exemple fictif);1'
		].join('\r\n');
		const r = ok(await importProblems(utf8(csv), 'futur.csv', OPTIONS));
		expect(r.problems.map((p) => p.forum.date)).toEqual(['2026-04-02', '2026-04-03', '2052-03-13']);
		const remark = (line: number, date: string) =>
			`warning Ligne ${line} : date du forum « ${date} » à plus d’un an d’aujourd’hui : vérifiez l’année (gardée telle quelle)`;
		expect(messages(r)).toEqual([remark(3, '03/04/2026'), remark(4, '13/03/2052')]);
	});

	it('a year 0001 is refused as a year to check, not as a day that does not exist', async () => {
		const csv = [
			'Date du forum;Lieu;Forum n°;Thème;Sujets;Publics;Communes;Description;Poids',
			'01/01/0001;Alès;1;jeunesse;;;Alès;Année vide (exemple fictif);1',
			'29/02/0024;Alès;1;jeunesse;;;Alès;Année tronquée (exemple fictif);1'
		].join('\r\n');
		const r = ok(await importProblems(utf8(csv), 'annee.csv', OPTIONS));
		expect(r.problems).toEqual([]);
		expect(messages(r)).toEqual([
			'error Ligne 2 : date du forum « 01/01/0001 » : année 0001 non acceptée, vérifiez l’année',
			'error Ligne 3 : date du forum « 29/02/0024 » : année 0024 non acceptée, vérifiez l’année'
		]);
	});

	it("time stamps in another form than the export's are replaced, and the report says so", async () => {
		// Line 2: both columns retyped in a spreadsheet; line 3: the export's own stamps, kept.
		// Line 4: with an offset and without seconds, unambiguous: read (09:30+01:00 is 08:30 UTC).
		// Line 5: 30 February is not a day: not read as 2 March.
		const csv = [
			'Date du forum;Thème;Communes;Description;Poids;Créé le;Modifié le',
			'13/03/2025;jeunesse;Alès;Pas de bus;2;01/12/2025 10:32;01/12/2025 10:40',
			'13/03/2025;jeunesse;Alès;Pas de crèche;2;2025-03-13T09:30:00.000Z;2025-03-14T08:00:00.000Z',
			'13/03/2025;jeunesse;Alès;Pas de médecin;2;2025-03-13T09:30:00+01:00;2025-03-14T08:00Z',
			'13/03/2025;jeunesse;Alès;Pas de foyer;2;2025-02-30T10:00:00.000Z;'
		].join('\r\n');
		const r = ok(await importProblems(utf8(csv), 'stamps.csv', OPTIONS));
		expect(r.problems.map((p) => [p.createdAt, p.updatedAt])).toEqual([
			[NOW, NOW],
			['2025-03-13T09:30:00.000Z', '2025-03-14T08:00:00.000Z'],
			['2025-03-13T08:30:00.000Z', '2025-03-14T08:00:00.000Z'],
			[NOW, NOW]
		]);
		const expected =
			'attendu : un horodatage avec son fuseau, comme l’écrit l’export de l’atlas : 2025-03-13T09:30:00.000Z';
		expect(messages(r)).toEqual([
			`warning Ligne 2 : « Créé le » « 01/12/2025 10:32 » illisible — remplacé par l’heure de l’import (${expected})`,
			`warning Ligne 2 : « Modifié le » « 01/12/2025 10:40 » illisible — remplacé par « Créé le » (ou, sans elle, l’heure de l’import) (${expected})`,
			`warning Ligne 5 : « Créé le » « 2025-02-30T10:00:00.000Z » illisible — remplacé par l’heure de l’import (${expected})`
		]);
	});

	it('a hand-edited backup: unreadable time stamps and a deleted mark are said, entry by entry', async () => {
		const entry = (description: string, patch: object) => ({
			forum: { date: '2025-03-13', lieu: 'Alès', numero: 1 },
			theme: 'jeunesse',
			subjects: [],
			publics: [],
			communes: ['30007'],
			wholeTerritory: false,
			description,
			weight: 1,
			raisedBy: null,
			status: 'nouvelle',
			example: false,
			...patch
		});
		const backup = JSON.stringify({
			format: 'atlas-des-besoins/problematiques',
			version: 1,
			problems: [
				entry('Pas de bus', { createdAt: '13/03/2025', updatedAt: '2025-03-14T08:00:00.000Z' }),
				entry('Pas de crèche', { deletedAt: '2025-03-20T10:00:00.000Z' })
			]
		});
		const r = ok(await importProblems(utf8(backup), 'sauvegarde.json', OPTIONS));
		expect(r.problems.map((p) => [p.description, p.createdAt, p.updatedAt])).toEqual([
			['Pas de bus', NOW, '2025-03-14T08:00:00.000Z'],
			['Pas de crèche', NOW, NOW]
		]);
		expect(messages(r)).toEqual([
			'warning Entrée 1 : « Créé le » « 13/03/2025 » illisible — remplacé par l’heure de l’import (attendu : un horodatage avec son fuseau, comme l’écrit l’export de l’atlas : 2025-03-13T09:30:00.000Z)',
			'warning Entrée 2 : marquée supprimée dans le fichier (« deletedAt ») : importée comme visible. Supprimez-la dans « Ateliers » si elle doit le rester'
		]);
	});

	it('a file without a header row: the first row, read as the header, is named as lost', async () => {
		const csv = [
			'13/03/2025;jeunesse;Alès;Pas de bus le dimanche;2',
			'13/03/2025;jeunesse;Anduze;Loyers trop chers;3'
		].join('\r\n');
		const said =
			'La première ligne du fichier ressemble à une problématique (« 13/03/2025 », « jeunesse », « Alès »), pas à des noms de colonnes : elle est lue comme l’en-tête et n’est pas importée. Si le fichier n’a pas de ligne d’en-tête, ajoutez-en une en haut (Date du forum ; Thème ; Communes ; Description…), puis importez-le de nouveau.';
		const first = await importProblems(utf8(csv), 'sans-entete.csv', OPTIONS);
		expect(first.kind).toBe('needsMapping');
		expect(first.kind === 'needsMapping' && first.message.startsWith(said)).toBe(true);
		// Mapped anyway: the second row is imported, and the report keeps the sentence.
		const mapping = { forumDate: 0, theme: 1, communes: 2, description: 3, weight: 4 };
		const r = ok(await importWithMapping(utf8(csv), 'sans-entete.csv', mapping, OPTIONS));
		expect(r.problems.map((p) => p.description)).toEqual(['Loyers trop chers']);
		expect(messages(r)).toEqual([`warning ${said}`]);
	});

	it('a header of column names is not taken for a problem', async () => {
		const r = await read('quote-closed-later.csv');
		expect(messages(r).filter((m) => m.includes('ressemble'))).toEqual([]);
	});

	it('a bare code is read as an INSEE code, and the report says a postal code may differ', async () => {
		// 30100 is the INSEE code of Cruviers-Lascours, and the postal code of Alès.
		const csv = [
			'Date du forum;Thème;Communes;Description',
			'13/03/2025;jeunesse;30100;Pas de bus le dimanche'
		].join('\r\n');
		const r = ok(await importProblems(utf8(csv), 'codes.csv', OPTIONS));
		expect(r.problems.map((p) => p.communes)).toEqual([['30100']]);
		expect(messages(r)).toContain(
			'warning Ligne 2 : commune « 30100 » lue comme le code Insee de Cruviers-Lascours ; si c’est un code postal, il peut désigner une autre commune : écrivez alors son nom'
		);
	});

	it('two stray quotes around whole lines: the lines are read as one text, and the report says so', async () => {
		// Line 2 opens a quote; line 4 closes it before « ;3 », as a real quote would: the text
		// is read as written (lines 2 to 4), but line 3 inside it holds a whole record.
		const csv = [
			'Date du forum;Thème;Communes;Description;Poids',
			'13/03/2025;jeunesse;Alès;"Pas de bus le dimanche;2',
			'13/03/2025;jeunesse;Salindres;Rien à signaler;1',
			'13/03/2025;jeunesse;Rousson;Loyers trop chers";3'
		].join('\r\n');
		const r = ok(await importProblems(utf8(csv), 'guillemets.csv', OPTIONS));
		expect(r.problems.map((p) => p.weight)).toEqual([3]);
		expect(messages(r)).toEqual([
			'warning Ligne 2 : le texte entre guillemets de la colonne « Description » (colonne 4) court jusqu’à la ligne 4 et contient une ligne aussi remplie de séparateurs qu’une ligne du fichier : si un guillemet a été oublié, des lignes y ont été avalées. Vérifiez cette problématique après l’import'
		]);
	});
});
