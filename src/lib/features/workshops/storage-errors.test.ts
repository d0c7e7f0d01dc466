import { describe, expect, it } from 'vitest';
import { missingStoresNotice } from './open-db';
import { StorageError, storageErrorMessage } from './storage-errors';

const dom = (name: string) => new DOMException('raw browser text', name);

describe('storageErrorMessage (browser storage errors in French)', () => {
	it.each([
		[
			'VersionError',
			'open',
			/^Les problématiques de ce navigateur ont été enregistrées par une version plus récente de l’atlas\. Ouvrez cette version plus récente/
		],
		[
			'QuotaExceededError',
			'write',
			/^Le disque est plein .*rien n’a été enregistré, et rien de ce qui était déjà enregistré n’est perdu\..*ce que vous veniez de saisir reste dans le formulaire, et un fichier à importer peut l’être de nouveau\.$/
		],
		['NotFoundError', 'read', /^Le stockage des problématiques de ce navigateur est incomplet/],
		['InvalidStateError', 'open', /^Le stockage du navigateur \(IndexedDB\) n’est pas disponible/],
		// A write on a closed connection (site data cleared): never « rien n'est perdu ».
		[
			'InvalidStateError',
			'write',
			/^Le stockage du navigateur est fermé, peut-être effacé .* l’opération n’a pas abouti\. Exportez les problématiques affichées/
		],
		[
			'UnknownError',
			'write',
			/^Le stockage du navigateur a refusé l’opération : elle n’a pas abouti\./
		]
	] as const)('%s while %s: a French message without the raw text', (name, action, expected) => {
		const message = storageErrorMessage(dom(name), action);
		expect(message).toMatch(expected);
		expect(message).not.toContain('raw browser text');
	});

	it('keeps an unknown error only as a technical detail after the French sentence', () => {
		expect(storageErrorMessage(new Error('boom'), 'read')).toBe(
			'Impossible de lire le stockage des problématiques de ce navigateur. Rechargez la page puis recommencez ; si le problème persiste, exportez vos problématiques. (détail technique : boom)'
		);
	});

	it('shows a StorageError, already French, as it is', () => {
		expect(storageErrorMessage(new StorageError('Message prêt.'), 'write')).toBe('Message prêt.');
	});

	it('names the missing part of the database and how to repair it', () => {
		expect(missingStoresNotice([])).toBe('');
		expect(missingStoresNotice(['taxonomy'])).toMatch(
			/^Le stockage de ce navigateur est incomplet : la partie qui garde les sujets, publics et thèmes ajoutés est absente .* Pour réparer : exportez vos problématiques \(JSON\)/
		);
	});
});
