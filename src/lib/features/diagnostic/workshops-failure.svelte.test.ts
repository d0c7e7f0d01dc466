import { describe, expect, it } from 'vitest';
import { AppCore } from '$lib/core/app-core.svelte';
import type { AtlasData } from '$lib/data/static-data';
import { DiagnosticWorkshops } from './workshops.svelte';

describe('the diagnostic’s workshops without a query engine', () => {
	it('says what failed, what it costs here, what still works and what to do', async () => {
		const core = new AppCore({
			data: async () => ({}) as unknown as AtlasData,
			engine: () => Promise.reject(new Error('le fichier du moteur (WebAssembly) est inaccessible'))
		});
		const workshops = new DiagnosticWorkshops(core);
		await workshops.start(['jeunesse']);
		expect(workshops.status).toBe('failed');
		expect(workshops.message).toBe(
			'Le moteur de requêtes n’a pas pu démarrer (le fichier du moteur (WebAssembly) est inaccessible). ' +
				'Sans moteur de requêtes, les problématiques des ateliers ne peuvent pas être comptées ici ; ' +
				'leur saisie et leur import dans « Ateliers » restent possibles. Rechargez la page pour réessayer.'
		);
	});
});
