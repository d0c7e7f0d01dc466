import { describe, expect, it } from 'vitest';
import { engineFailed, PROBLEMS_WITHOUT_ENGINE } from './engine-failure';

describe('engine failure messages', () => {
	it('names the cause in French', () => {
		expect(engineFailed(new Error('le script du moteur (Web Worker) est inaccessible'))).toBe(
			'Le moteur de requêtes n’a pas pu démarrer (le script du moteur (Web Worker) est inaccessible).'
		);
	});
	it('never says the workshop import is unavailable: it does not need the engine', () => {
		expect(PROBLEMS_WITHOUT_ENGINE).toContain('import dans « Ateliers » restent possibles');
		expect(PROBLEMS_WITHOUT_ENGINE).not.toMatch(/indisponible|ne (le )?sont pas/);
	});
});
