import { describe, expect, it } from 'vitest';
import { findEntry, BUILT_IN_TAXONOMY, THEMES, STATUSES } from './taxonomy';
import {
	addCustomEntry,
	removeCustomEntry,
	renameCustomEntry,
	withCustomEntries
} from './taxonomy-custom';
import { validateProblem } from './validate';

describe('findEntry', () => {
	const cases: { args: string; expected: string | null }[] = [
		{ args: 'Petite enfance & enfance', expected: 'petite_enfance' },
		{ args: 'PETITE ENFANCE', expected: 'petite_enfance' },
		{ args: 'vie_associative', expected: 'vie_associative' },
		{ args: 'Vie associative', expected: 'vie_associative' },
		{ args: 'sport', expected: null },
		{ args: '', expected: null }
	];
	it.each(cases)('thème $args', ({ args, expected }) => {
		expect(findEntry(THEMES, args)?.id ?? null).toBe(expected);
	});
	it('reads the status labels shown to users', () => {
		expect(findEntry(STATUSES, 'Retenue pour le plan d’actions')?.id).toBe('retenue');
		expect(findEntry(STATUSES, 'Écartée')?.id).toBe('ecartee');
	});
});

describe('custom entries', () => {
	it('adds a subject with a prefixed id that cannot collide with built-ins', () => {
		const r = addCustomEntry(BUILT_IN_TAXONOMY, 'subject', '  Cantine scolaire ');
		expect(r.ok && r.entry).toEqual({
			id: 'x_cantine_scolaire',
			label: 'Cantine scolaire',
			builtIn: false
		});
	});

	const refusals: { args: [string, 'subject' | 'public']; expected: string }[] = [
		{
			args: ['   ', 'subject'],
			expected: 'Le nom du sujet est vide : saisissez au moins une lettre.'
		},
		{
			args: ['MOBILITE', 'subject'],
			expected: '« MOBILITE » existe déjà (« mobilité ») : choisissez-le dans la liste.'
		},
		{
			args: ['Familles  monoparentales', 'public'],
			expected:
				'« Familles  monoparentales » existe déjà (« familles monoparentales ») : choisissez-le dans la liste.'
		},
		{
			args: ['a | b', 'public'],
			expected: 'Le caractère « | » est réservé aux exports : retirez-le du nom « a | b ».'
		}
	];
	it.each(refusals)('refuses « $args.0 »', ({ args, expected }) => {
		expect(addCustomEntry(BUILT_IN_TAXONOMY, args[1], args[0])).toEqual({
			ok: false,
			errors: [expected]
		});
	});

	it('never renames or deletes a built-in entry', () => {
		expect(renameCustomEntry(BUILT_IN_TAXONOMY, 'subject', 'sport', 'Sports')).toEqual({
			ok: false,
			errors: ['« sport » fait partie de la liste de base : il ne peut pas être renommé.']
		});
		expect(removeCustomEntry(BUILT_IN_TAXONOMY, 'public', 'seniors')).toEqual({
			ok: false,
			errors: ['« seniors » fait partie de la liste de base : il ne peut pas être supprimé.']
		});
	});

	it('renames a custom entry keeping its id, refuses deleting one still in use', () => {
		const added = addCustomEntry(BUILT_IN_TAXONOMY, 'subject', 'Cantine');
		if (!added.ok) throw new Error('ajout');
		const renamed = renameCustomEntry(
			added.taxonomy,
			'subject',
			'x_cantine',
			'Restauration scolaire'
		);
		expect(renamed.ok && renamed.taxonomy.subjects.at(-1)).toEqual({
			id: 'x_cantine',
			label: 'Restauration scolaire',
			builtIn: false
		});
		expect(removeCustomEntry(added.taxonomy, 'subject', 'x_cantine', 2)).toEqual({
			ok: false,
			errors: ['« Cantine » est utilisé par 2 problématiques : retirez-le d’abord de celles-ci.']
		});
		expect(removeCustomEntry(added.taxonomy, 'subject', 'x_cantine', 1)).toEqual({
			ok: false,
			errors: ['« Cantine » est utilisé par 1 problématique : retirez-le d’abord de celle-ci.']
		});
		expect(removeCustomEntry(added.taxonomy, 'subject', 'x_cantine').ok).toBe(true);
	});

	it('rebuilds the taxonomy from storage, skipping invalid entries', () => {
		const r = withCustomEntries(BUILT_IN_TAXONOMY, [
			{ kind: 'public', id: 'x_aidants', label: 'Aidants' },
			{ kind: 'public', id: 'x_aidants2', label: 'aidants' }
		]);
		expect(r.taxonomy.publics.map((p) => p.id).at(-1)).toBe('x_aidants');
		expect(r.errors).toEqual([
			'« aidants » existe déjà (« Aidants ») : choisissez-le dans la liste.'
		]);
	});
});

describe('validateProblem', () => {
	it('returns French errors for an incomplete draft', () => {
		const errors = validateProblem(
			{
				forum: { date: '2025-02-30', lieu: '', numero: 0 },
				theme: 'jeunesse',
				subjects: ['inconnu'],
				publics: [],
				communes: ['30189'],
				wholeTerritory: false,
				description: ' ',
				weight: 1.5,
				raisedBy: null,
				status: 'nouvelle',
				example: false
			},
			BUILT_IN_TAXONOMY,
			new Set(['30007'])
		);
		expect(errors).toEqual([
			{ field: 'description', message: 'La description est vide : décrivez la problématique.' },
			{
				field: 'forum',
				message: 'La date du forum 30/02/2025 n’existe pas : vérifiez le jour et le mois.'
			},
			{ field: 'forum', message: 'Le numéro du forum doit être un nombre entier (1, 2, 3…).' },
			{
				field: 'weight',
				message: 'Le poids doit être un nombre entier de 1 à 1\u202f000\u202f000.'
			},
			{ field: 'subjects', message: 'Le sujet « inconnu » est inconnu.' },
			{ field: 'communes', message: 'La commune 30189 n’appartient pas au territoire.' }
		]);
	});

	it('refuses a commune written twice (in the store, it hid the problem from that commune)', () => {
		const errors = validateProblem(
			{
				forum: { date: '2025-03-13', lieu: 'Alès', numero: 1 },
				theme: 'jeunesse',
				subjects: [],
				publics: [],
				communes: ['30007', '30132', '30007'],
				wholeTerritory: false,
				description: 'Alès et Alès',
				weight: 1,
				raisedBy: null,
				status: 'nouvelle',
				example: false
			},
			BUILT_IN_TAXONOMY,
			new Set(['30007', '30132'])
		);
		expect(errors).toEqual([
			{
				field: 'communes',
				message: 'La commune 30007 est présente deux fois : ne l’indiquez qu’une fois.'
			}
		]);
	});
});
