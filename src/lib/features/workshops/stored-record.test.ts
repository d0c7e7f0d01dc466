import { describe, expect, it } from 'vitest';
import { checkStoredRecords, invalidRecordsNotice, invalidRecordsToJson } from './stored-record';
import { withCustomEntries } from './taxonomy-custom';
import { BUILT_IN_TAXONOMY } from './taxonomy';
import { makeProblem } from '../../../../tests/fixtures/workshops/helpers';

/** A record as this version stores it. */
const GOOD = {
	...makeProblem('p-1', { description: 'Pas de bus le soir', weight: 3 }),
	revision: 1,
	deletedAt: null
};

describe('checkStoredRecords (every record read from IndexedDB)', () => {
	it('keeps a valid record as it is, fields unknown to this version included', () => {
		const withExtra = { ...GOOD, addedByLaterVersion: 'x' };
		const { valid, invalid } = checkStoredRecords([withExtra]);
		expect(invalid).toEqual([]);
		expect(valid[0]).toBe(withExtra);
	});

	it.each([
		['no deletedAt', { ...GOOD, deletedAt: undefined }, ['champ « deletedAt » : absent']],
		[
			'communes as a text',
			{ ...GOOD, communes: '30007' },
			['champ « communes » : valeur "30007" non valable']
		],
		[
			'an impossible date',
			{ ...GOOD, forum: { ...GOOD.forum, date: '2022-02-31' } },
			['champ « forum.date » : une date AAAA-MM-JJ existante est attendue']
		],
		[
			'an unknown status and a null weight',
			{ ...GOOD, status: 'finie', weight: null },
			[
				'champ « weight » : valeur vide (null) non valable',
				'champ « status » : valeur "finie" non valable'
			]
		],
		['an empty id', { ...GOOD, id: '' }, ['champ « id » : un identifiant non vide est attendu']],
		// 0 is « new » to a save: editing it in two tabs gave the wrong message, never a conflict.
		['revision 0', { ...GOOD, revision: 0 }, ['champ « revision » : valeur 0 non valable']],
		[
			'an infinite forum number and a weight past 1 000 000 (the engine counts in 32 bits)',
			{ ...GOOD, forum: { ...GOOD.forum, numero: Infinity }, weight: 1e10 },
			[
				'champ « forum.numero » : un nombre entier de 1 à 1\u202f000\u202f000 est attendu',
				'champ « weight » : un nombre entier de 1 à 1\u202f000\u202f000 est attendu'
			]
		],
		[
			'a negative weight',
			{ ...GOOD, weight: -1e308 },
			['champ « weight » : un nombre entier de 1 à 1\u202f000\u202f000 est attendu']
		],
		[
			'a weight that is no number',
			{ ...GOOD, weight: NaN },
			['champ « weight » : valeur NaN non valable']
		],
		[
			'a deletion date that is no date (it would never be purged)',
			{ ...GOOD, deletedAt: 'pas une date' },
			['champ « deletedAt » : une date et heure AAAA-MM-JJTHH:MM:SSZ est attendue']
		],
		[
			'a creation date stored as a date object',
			{ ...GOOD, createdAt: new Date('2025-03-20T10:00:00.000Z') },
			[
				'champ « createdAt » : valeur "2025-03-20T10:00:00.000Z" (un objet date, pas un texte) non valable'
			]
		],
		// A commune written twice made the commune's problems list fail, and its counts read 0.
		[
			'the same commune twice',
			{ ...GOOD, communes: ['30007', '30007'] },
			['champ « communes » : chaque valeur une seule fois est attendue']
		],
		[
			'« tout le territoire » and a commune',
			{ ...GOOD, communes: ['30007'], wholeTerritory: true },
			[
				'enregistrement : soit « tout le territoire » sans commune, soit au moins une commune est attendu'
			]
		],
		[
			'neither « tout le territoire » nor a commune',
			{ ...GOOD, communes: [], wholeTerritory: false },
			[
				'enregistrement : soit « tout le territoire » sans commune, soit au moins une commune est attendu'
			]
		],
		[
			'a creation date that is no date',
			{ ...GOOD, createdAt: 'n importe quoi' },
			['champ « createdAt » : une date et heure AAAA-MM-JJTHH:MM:SSZ est attendue']
		]
	])('sets aside a record with %s, with the reason in French', (_what, record, reasons) => {
		const { valid, invalid } = checkStoredRecords([GOOD, record], ['p-1', 'k2']);
		expect(valid).toEqual([GOOD]);
		expect(invalid).toEqual([{ key: record.id || 'k2', reasons, raw: record }]);
	});

	it('names a record whose id and key are empty « (sans identifiant) », never an empty text', () => {
		const empty = { ...GOOD, id: '' };
		// The atlas's store is keyed by the id: the key of such a record is '' as well.
		expect(checkStoredRecords([empty], ['']).invalid[0]?.key).toBe('(sans identifiant)');
	});

	it('names a record that is not even an object by its IndexedDB key', () => {
		const { invalid } = checkStoredRecords(['texte'], ['cle-7']);
		expect(invalid).toEqual([
			{ key: 'cle-7', reasons: ['enregistrement : valeur "texte" non valable'], raw: 'texte' }
		]);
	});

	it('says in French what was set aside and exports it exactly as read', () => {
		expect(invalidRecordsNotice(0)).toBe('');
		expect(invalidRecordsNotice(2)).toMatch(
			/^2 enregistrements du stockage du navigateur sont illisibles.* Exportez-les depuis la page Ateliers/
		);
		// On /ateliers, beside the export button: it points to the button, not to the page.
		expect(invalidRecordsNotice(1, true)).toMatch(/ Exportez-le avec le bouton ci-dessous /);
		const { invalid } = checkStoredRecords([{ ...GOOD, deletedAt: undefined }]);
		const file = JSON.parse(invalidRecordsToJson(invalid, '2026-11-30T13:00:00.000Z'));
		expect(file.records).toEqual([
			{
				key: 'p-1',
				reasons: ['champ « deletedAt » : absent'],
				record: { ...GOOD, deletedAt: undefined }
			}
		]);
	});
});

describe('a custom entry stored with a null label', () => {
	it('is ignored with a French notice, and the other entries are kept', () => {
		const { taxonomy, errors } = withCustomEntries(BUILT_IN_TAXONOMY, [
			{ kind: 'subject', id: 'x_cantine', label: null },
			{ kind: 'subject', id: 'x_piscine', label: 'piscine' }
		]);
		expect(taxonomy.subjects.at(-1)).toEqual({ id: 'x_piscine', label: 'piscine', builtIn: false });
		expect(errors).toEqual([
			'Un sujet, public ou thème ajouté « x_cantine » est illisible dans le stockage du navigateur (son nom est absent) : il est ignoré, sans être effacé, et les problématiques qui le portent l’affichent par son identifiant. Ajoutez-le de nouveau si vous en avez besoin.'
		]);
	});
});
