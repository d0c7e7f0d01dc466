import { describe, expect, it } from 'vitest';
import { distanceOriginOf, distanceOriginText } from './distance-origin';

describe('distance origin', () => {
	it('reads the communes.geojson properties, and nothing from an older layer', () => {
		expect(
			distanceOriginOf({ ref_point_kind: 'mairie_hors_commune', ref_mairie_km: 3.12 })
		).toEqual({ kind: 'mairie_hors_commune', mairieKm: 3.12 });
		expect(distanceOriginOf({ ref_point_kind: 'mairie_absente', ref_mairie_km: null })).toEqual({
			kind: 'mairie_absente',
			mairieKm: null
		});
		expect(distanceOriginOf({ code: '30007' })).toBeNull();
		expect(distanceOriginOf({ ref_point_kind: 'polygone' })).toBeNull();
		expect(distanceOriginOf(null)).toBeNull();
	});

	it('says in French where distances start from, with a French number', () => {
		expect(distanceOriginText({ kind: 'mairie', mairieKm: 0 })).toBe(
			'Distances mesurées à vol d’oiseau depuis la mairie (annuaire DILA 2016).'
		);
		expect(distanceOriginText({ kind: 'mairie_hors_commune', mairieKm: 3.12 })).toBe(
			'Distances mesurées à vol d’oiseau depuis un point de la commune, pas depuis la mairie : l’annuaire DILA 2016 géolocalise la mairie à 3,1 km hors de la commune.'
		);
		expect(distanceOriginText({ kind: 'mairie_hors_commune', mairieKm: 70.01 })).toContain(
			'à 70,0 km hors de la commune'
		);
		expect(distanceOriginText({ kind: 'mairie_absente', mairieKm: null })).toMatch(
			/depuis un point de la commune : la mairie n’est pas localisée/
		);
	});
});
