import { describe, expect, it } from 'vitest';
import { ofPlace } from './place';

describe('ofPlace', () => {
	it('elides before a vowel and contracts Le and Les, as French writes commune names', () => {
		expect(ofPlace('Alès')).toBe('d’Alès');
		expect(ofPlace('Euzet')).toBe('d’Euzet');
		expect(ofPlace('Le Martinet')).toBe('du Martinet');
		expect(ofPlace('Les Salles-du-Gardon')).toBe('des Salles-du-Gardon');
		expect(ofPlace('La Grand-Combe')).toBe('de La Grand-Combe');
		expect(ofPlace('Lézan')).toBe('de Lézan');
		expect(ofPlace('Saint-Jean-du-Gard')).toBe('de Saint-Jean-du-Gard');
	});
});
