/**
 * Round trips with awkward custom labels: a subject, a public and a theme whose names hold « , »,
 * « ; », quotes or « » must come back with every tag (issue 9, « Round trips and backups »).
 */
import { describe, expect, it } from 'vitest';
import { ALES_COMMUNES } from '../../../../tests/fixtures/workshops/ales-communes';
import { makeProblem, NOW, utf8 } from '../../../../tests/fixtures/workshops/helpers';
import { problemsToCsv, problemsToJson } from './export';
import { importProblems } from './import';
import type { Problem } from './model';
import { BUILT_IN_TAXONOMY, type Taxonomy } from './taxonomy';
import { addCustomEntry, type TaxonomyKind } from './taxonomy-custom';

const CUSTOM: [TaxonomyKind, string][] = [
	['subject', 'Logement, hébergement'],
	['subject', 'Cantine ; restauration'],
	['subject', '« Zéro » déchet'],
	['public', 'Familles, monoparentales ; isolées'],
	['public', 'Jeunes « invisibles », NEET'],
	['theme', 'Santé, bien-être']
];
let taxonomy: Taxonomy = BUILT_IN_TAXONOMY;
for (const [kind, label] of CUSTOM) {
	const edit = addCustomEntry(taxonomy, kind, label);
	if (!edit.ok) throw new Error(edit.errors.join(' '));
	taxonomy = edit.taxonomy;
}

// Ids written by hand from customId(): normalised label, spaces as « _ », prefixed « x_ ».
const PROBLEMS: Problem[] = [
	makeProblem('p-awkward-1', {
		theme: 'x_sante_bien_etre',
		subjects: ['x_logement_hebergement', 'mobilite', 'x_cantine_restauration'],
		publics: ['x_familles_monoparentales_isolees', 'x_jeunes_invisibles_neet'],
		communes: ['30007', '30329']
	}),
	makeProblem('p-awkward-2', {
		subjects: ['x_zero_dechet'],
		publics: ['x_jeunes_invisibles_neet'],
		communes: [],
		wholeTerritory: true,
		updatedAt: '2025-03-15T08:00:00.000Z'
	})
];
const options = { communes: ALES_COMMUNES, taxonomy, now: NOW };

describe('round trip with awkward custom labels', () => {
	it('CSV: labels with separators are quoted « … » and come back whole, with every tag', async () => {
		const csv = problemsToCsv(PROBLEMS, { communes: ALES_COMMUNES, taxonomy });
		// Expected cells written by hand: « | » between values; « … » around a value that holds
		// « , » or « ; » or starts with «, a » inside it doubled. A cell holding « ; » (the CSV
		// delimiter) is then put between double quotes by the CSV layer.
		expect(csv).toContain(';"« Logement, hébergement » | mobilité | « Cantine ; restauration »";');
		expect(csv).toContain(
			';"« Familles, monoparentales ; isolées » | « Jeunes « invisibles »», NEET »";'
		);
		// A single-valued theme cell is not a list: written as is.
		expect(csv).toContain(';Santé, bien-être;');
		expect(csv).toContain(';« « Zéro »» déchet »;« Jeunes « invisibles »», NEET »;');
		const r = await importProblems(utf8(csv), 'export.csv', options);
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.issues).toEqual([]);
		expect(r.problems).toEqual(PROBLEMS);
	});

	it('a cell typed by hand with one such label, without « … », is that label, not two values', async () => {
		// « Logement, hébergement » is a subject of the list: the whole cell is it. « logement,
		// mobilité » is no label: split into the built-in subjects logement and mobilité. The public
		// holds the file's delimiter « ; », so the CSV puts it between double quotes.
		const csv = [
			'Date du forum;Thème;Communes;Description;Sujets;Publics',
			'13/03/2025;jeunesse;Alès;Pas de foyer;Logement, hébergement;"Familles, monoparentales ; isolées"',
			'13/03/2025;jeunesse;Alès;Pas de bus;logement, mobilité;'
		].join('\r\n');
		const r = await importProblems(utf8(csv), 'main.csv', options);
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.problems.map((p) => [p.subjects, p.publics])).toEqual([
			[['x_logement_hebergement'], ['x_familles_monoparentales_isolees']],
			[['logement', 'mobilite'], []]
		]);
		expect(r.issues.filter((i) => i.message.includes('inconnu'))).toEqual([]);
	});

	it('JSON gives back the same problems', async () => {
		const r = await importProblems(utf8(problemsToJson(PROBLEMS, NOW)), 'export.json', options);
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.issues).toEqual([]);
		expect(r.problems).toEqual(PROBLEMS);
	});
});

describe('a JSON backup carries the entries added by hand', () => {
	it('into a browser that lacks them: they are named, brought, and every problem comes back', async () => {
		const json = problemsToJson(PROBLEMS, NOW, taxonomy);
		// Read into the built-in lists only (a new browser, or after « effacez les données »).
		const r = await importProblems(utf8(json), 'sauvegarde.json', {
			...options,
			taxonomy: BUILT_IN_TAXONOMY
		});
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.problems).toEqual(PROBLEMS);
		// The six entries of CUSTOM, with the ids customId() gives (written by hand above).
		expect(r.entries).toEqual([
			{ kind: 'theme', id: 'x_sante_bien_etre', label: 'Santé, bien-être' },
			{ kind: 'subject', id: 'x_logement_hebergement', label: 'Logement, hébergement' },
			{ kind: 'subject', id: 'x_cantine_restauration', label: 'Cantine ; restauration' },
			{ kind: 'subject', id: 'x_zero_dechet', label: '« Zéro » déchet' },
			{
				kind: 'public',
				id: 'x_familles_monoparentales_isolees',
				label: 'Familles, monoparentales ; isolées'
			},
			{ kind: 'public', id: 'x_jeunes_invisibles_neet', label: 'Jeunes « invisibles », NEET' }
		]);
		expect(r.issues).toEqual([
			{
				line: 0,
				severity: 'warning',
				message:
					'La sauvegarde apporte 6 entrées ajoutées à la main, qui seront ajoutées à vos listes avec l’import : thème « Santé, bien-être », sujet « Logement, hébergement », sujet « Cantine ; restauration », sujet « « Zéro » déchet », public « Familles, monoparentales ; isolées », public « Jeunes « invisibles », NEET ».'
			}
		]);
	});

	it('into the browser that has them: nothing to bring, nothing said', async () => {
		const json = problemsToJson(PROBLEMS, NOW, taxonomy);
		const r = await importProblems(utf8(json), 'sauvegarde.json', options);
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.entries).toEqual([]);
		expect(r.issues).toEqual([]);
		expect(r.problems).toEqual(PROBLEMS);
	});

	it('an older backup without them: the problem is refused, and the message says how to mend it', async () => {
		const r = await importProblems(utf8(problemsToJson(PROBLEMS, NOW)), 'ancienne.json', {
			...options,
			taxonomy: BUILT_IN_TAXONOMY
		});
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.problems).toEqual([]);
		expect(r.issues[0]?.message).toContain(
			'Entrée 1 : Le thème « x_sante_bien_etre » est inconnu (un thème ajouté à la main ailleurs : importez la sauvegarde JSON complète, qui contient les entrées ajoutées, ou ajoutez « sante bien etre »).'
		);
	});
});
