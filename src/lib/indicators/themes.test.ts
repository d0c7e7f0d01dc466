import { describe, expect, it } from 'vitest';
import { indicators } from './catalogue';
import { inThemeOrder, themes } from './themes';

describe('inThemeOrder', () => {
	it('puts the themes in their display order, each theme’s indicators in their own', () => {
		const list = [
			{ id: 'a', theme: 'cadre_vie' },
			{ id: 'b', theme: 'jeunesse' },
			{ id: 'c', theme: 'cadre_vie' },
			{ id: 'd', theme: 'petite_enfance' },
			{ id: 'e', theme: 'jeunesse' }
		];
		expect(inThemeOrder(list).map((x) => x.id)).toEqual(['d', 'b', 'e', 'a', 'c']);
	});
	it('puts a theme it does not know last', () => {
		const list = [
			{ id: 'x', theme: 'inconnu' },
			{ id: 'y', theme: 'logement' }
		];
		expect(inThemeOrder(list).map((x) => x.id)).toEqual(['y', 'x']);
	});
	it('starts the catalogue with early childhood and ends it with the setting and population', () => {
		// The catalogue's files start with the population's indicators (« Cadre de vie »).
		expect(indicators[0]?.theme).toBe('cadre_vie');
		const ordered = inThemeOrder(indicators);
		expect(ordered[0]?.theme).toBe('petite_enfance');
		expect(ordered.at(-1)?.theme).toBe(themes.at(-1)?.id);
		expect(ordered).toHaveLength(indicators.length);
	});
});
