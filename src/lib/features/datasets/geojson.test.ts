/**
 * Bus stops as GeoJSON points placed in communes by point-in-polygon. The fixture
 * (tests/fixtures/datasets/arrets-bus-exemple-fictif.geojson) holds, in order: three stops around
 * Alès town hall (4,090 E, 44,125 N), one at La Grand-Combe town hall, one at Nîmes town hall
 * (outside the Agglomération), one at Saint-Martin-de-Valgalgues with longitude and latitude
 * swapped, and one without geometry.
 */
import fs from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readGeoJson } from './geojson';

const communes = JSON.parse(
	fs.readFileSync('static/data/communes.geojson', 'utf8')
) as FeatureCollection;
const territory = new Set(
	communes.features.filter((f) => f.properties?.territory).map((f) => String(f.properties?.code))
);
const read = (name: string) =>
	readGeoJson(
		fs.readFileSync(`tests/fixtures/datasets/${name}`, 'utf8'),
		communes,
		(c) => territory.has(c),
		'l’Agglomération'
	);

describe('a GeoJSON of points', () => {
	it('places each stop in its commune and lists the others with their reason', () => {
		const r = read('arrets-bus-exemple-fictif.geojson');
		if (!r.ok) throw new Error(r.message);
		expect(r.table.rows.map((x) => x.cells[0])).toEqual(['30007', '30007', '30007', '30132']);
		expect(r.table.headers).toEqual(['commune (position)', 'nom', 'ligne']);
		expect(r.rejected.map((x) => x.line)).toEqual([5, 6, 7]);
		expect(r.rejected[0]!.reasons[0]).toBe('position dans Nîmes, hors de l’Agglomération');
		expect(r.rejected[1]!.reasons[0]).toContain(
			'latitude et longitude inversées ? (44.16496, 4.07975) tombe hors du Gard, (4.07975, 44.16496) dans Saint-Martin-de-Valgalgues'
		);
		expect(r.rejected[2]!.reasons[0]).toBe('objet sans point ni polygone');
	});

	it('refuses a file in Lambert 93 as a whole, and says how to re-export it', () => {
		const r = read('arrets-lambert93-exemple-fictif.geojson');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toContain('Lambert 93 (EPSG:2154)');
	});

	it('lists a ring left open and a point without numbers with their reason, and keeps the rest', () => {
		// Feature 1: a ring of two points, not closed (turf threw in English, and the import's
		// section vanished); 2: a point of text; 3: a point at Alès town hall, kept.
		const text = JSON.stringify({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { n: 'a' },
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[0, 0],
								[1, 1]
							]
						]
					}
				},
				{
					type: 'Feature',
					properties: { n: 'b' },
					geometry: { type: 'Point', coordinates: ['a', null] }
				},
				{
					type: 'Feature',
					properties: { n: 'c' },
					geometry: { type: 'Point', coordinates: [4.09, 44.125] }
				}
			]
		});
		const r = readGeoJson(text, communes, (c) => territory.has(c), 'l’Agglomération');
		if (!r.ok) throw new Error(r.message);
		expect(r.table.rows).toEqual([{ line: 3, cells: ['30007', 'c'] }]);
		expect(r.rejected.map((x) => [x.line, x.reasons[0]])).toEqual([
			[
				1,
				'polygone invalide : chaque contour doit avoir au moins 4 points et se refermer sur son premier point'
			],
			[2, 'point sans coordonnées numériques (longitude, latitude)']
		]);
	});
	it('refuses malformed JSON and JSON that is not a FeatureCollection', () => {
		const bad = readGeoJson('{"type": "Feat', communes, () => true, '');
		expect(bad.ok || bad.message).toContain('JSON mal formé');
		const other = readGeoJson('{"a": 1}', communes, () => true, '');
		expect(other.ok || other.message).toContain('FeatureCollection');
	});
});
