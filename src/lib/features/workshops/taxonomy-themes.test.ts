import { describe, expect, it } from 'vitest';
import { OPTIONS, utf8 } from '../../../../tests/fixtures/workshops/helpers';
import { problemsToCsv } from './export';
import { importProblems } from './import';
import { BUILT_IN_TAXONOMY, type Taxonomy } from './taxonomy';
import { addCustomEntry, themeIdFor, withCustomEntries } from './taxonomy-custom';

/** Adds entries one after the other, failing the test on a refusal. */
function added(...labels: string[]): Taxonomy {
	let taxonomy = BUILT_IN_TAXONOMY;
	for (const label of labels) {
		const edit = addCustomEntry(taxonomy, 'theme', label);
		if (!edit.ok) throw new Error(edit.errors.join(' '));
		taxonomy = edit.taxonomy;
	}
	return taxonomy;
}

describe('workshop themes added by the user', () => {
	it('gives a CTG theme its own id, any other name a custom id', () => {
		const cases = [
			{ args: 'Transversal', expected: 'x_transversal' },
			{ args: 'accès aux droits', expected: 'acces_droits' },
			{ args: 'Accès aux droits et aux services', expected: 'acces_droits' },
			{ args: 'Logement', expected: 'logement' },
			{ args: 'Inclusion numérique', expected: 'x_inclusion_numerique' }
		];
		for (const { args, expected } of cases) expect(themeIdFor(args)).toBe(expected);
	});

	it('adds « transversal » and « accès aux droits » after the three workshops', () => {
		const taxonomy = added(' Transversal ', 'Accès aux droits');
		expect(taxonomy.themes.map((t) => [t.id, t.label, t.builtIn])).toEqual([
			['petite_enfance', 'petite enfance et enfance', true],
			['jeunesse', 'jeunesse', true],
			['vie_associative', 'vie associative', true],
			['x_transversal', 'Transversal', false],
			['acces_droits', 'Accès aux droits', false]
		]);
		expect(taxonomy.subjects).toBe(BUILT_IN_TAXONOMY.subjects);
	});

	it('refuses a theme that exists already, under its name or under the same id', () => {
		expect(addCustomEntry(BUILT_IN_TAXONOMY, 'theme', 'Petite enfance')).toEqual({
			ok: false,
			errors: [
				'« Petite enfance » existe déjà (« petite enfance et enfance ») : choisissez-le dans la liste.'
			]
		});
		expect(addCustomEntry(added('accès aux droits'), 'theme', 'Accès aux services')).toEqual({
			ok: false,
			errors: [
				'« Accès aux services » est le même thème que « accès aux droits » : choisissez-le dans la liste.'
			]
		});
	});

	it('validates every stored entry and reports those it cannot read', () => {
		const stored: unknown[] = [
			{ kind: 'theme', id: 'x_transversal', label: 'transversal' },
			{ kind: 'theme', id: 'acces_droits', label: 'accès aux droits' },
			{ kind: 'theme', id: 'jeunesse2', label: 'jeunes adultes' },
			{ kind: 'subject', id: 'acces_droits', label: 'droits sociaux' },
			{ kind: 'atelier', id: 'x_a', label: 'a' },
			null
		];
		const { taxonomy, errors } = withCustomEntries(BUILT_IN_TAXONOMY, stored);
		expect(taxonomy.themes.map((t) => t.id)).toEqual([
			'petite_enfance',
			'jeunesse',
			'vie_associative',
			'x_transversal',
			'acces_droits'
		]);
		expect(taxonomy.subjects).toBe(BUILT_IN_TAXONOMY.subjects);
		const unreadable = (id: string, why: string) =>
			`Un sujet, public ou thème ajouté${id} est illisible dans le stockage du navigateur (${why}) : il est ignoré, sans être effacé, et les problématiques qui le portent l’affichent par son identifiant. Ajoutez-le de nouveau si vous en avez besoin.`;
		expect(errors).toEqual([
			unreadable(' « jeunesse2 »', 'son identifiant n’est pas valable'),
			unreadable(' « acces_droits »', 'son identifiant n’est pas valable'),
			unreadable(' « x_a »', 'sa liste est inconnue'),
			unreadable('', 'l’entrée est vide')
		]);
	});

	it('imports « transversal » once the user has added it, and exports its label', async () => {
		const csv = [
			'Date du forum;Thème;Communes;Description;Poids',
			'14/03/2025;Transversal;Alès;Les partenaires ne se connaissent pas;2'
		].join('\n');
		const before = await importProblems(utf8(csv), 'forum.csv', OPTIONS);
		if (before.kind !== 'ok') throw new Error(before.kind);
		expect(before.problems).toEqual([]);
		expect(before.issues.map((i) => i.message)).toEqual([
			'Ligne 2 : thème « Transversal » inconnu (attendu : petite enfance et enfance, jeunesse, vie associative). S’il s’agit d’un nouvel atelier, ajoutez le thème « Transversal » à la liste (dans le formulaire de saisie, plus haut sur cette page : « Ajouter un thème, un sujet ou un public à la liste »), puis réimportez le fichier'
		]);
		const taxonomy = added('transversal');
		const after = await importProblems(utf8(csv), 'forum.csv', { ...OPTIONS, taxonomy });
		if (after.kind !== 'ok') throw new Error(after.kind);
		expect(after.problems.map((p) => [p.theme, p.communes, p.weight])).toEqual([
			['x_transversal', ['30007'], 2]
		]);
		const exported = problemsToCsv(after.problems, { communes: [], taxonomy });
		expect(exported.split('\r\n')[1]?.split(';')[4]).toBe('transversal');
	});
});
