import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import PortraitMap from './PortraitMap.svelte';
import type { PortraitMap as Model } from './portrait-map';

/** La Grand-Combe's case (portrait-map.test.ts): three nearest services drawn, one beyond. */
const model: Model = {
	width: 100,
	height: 80,
	communes: [
		{ code: '30132', name: 'La Grand-Combe', d: 'M0 0L10 0L10 10Z', self: true, territory: true }
	],
	services: [
		{ kind: 'gare', name: 'Les Salles-du-Gardon', x: 10, y: 10, nearest: false },
		{ kind: 'gare', name: 'La Grand-Combe', x: 50, y: 40, nearest: true },
		{ kind: 'france_services', name: 'France services La Grand-Combe', x: 52, y: 38, nearest: true }
	],
	mairie: { x: 51, y: 41 },
	beyond: [
		{ kind: 'pij', name: 'Point information jeunesse de Cendras' },
		{ kind: 'gare', name: 'Alès' }
	]
};

describe('PortraitMap', () => {
	it('rings the nearest services and names those beyond its frame', () => {
		const { container } = render(PortraitMap, { map: model, name: 'La Grand-Combe' });
		expect(container.querySelectorAll('circle[data-nearest]')).toHaveLength(2);
		const titles = [...container.querySelectorAll('circle title')].map((t) => t.textContent);
		expect(titles).toContain('Gare ouverte aux voyageurs\u00a0: La Grand-Combe (le plus proche)');
		expect(titles).toContain('Gare ouverte aux voyageurs\u00a0: Les Salles-du-Gardon');
		expect(container.textContent!.replace(/\u00a0/g, ' ')).toContain(
			'Cerclé : le plus proche, auquel la distance est mesurée'
		);
		// A name that says its kind is not said twice; a station's name is.
		expect(
			container
				.querySelector('[data-testid="portrait-map-beyond"]')!
				.textContent!.replace(/\u00a0/g, ' ')
		).toBe(
			'Hors du cadre de la carte, les plus proches : Point information jeunesse de Cendras ; Gare ouverte aux voyageurs : Alès.'
		);
	});

	it('says nothing of the kind when every nearest service is drawn', () => {
		const { container } = render(PortraitMap, {
			map: {
				...model,
				beyond: [],
				services: model.services.map((s) => ({ ...s, nearest: false }))
			},
			name: 'La Grand-Combe'
		});
		expect(container.querySelector('[data-testid="portrait-map-beyond"]')).toBeNull();
		expect(container.textContent).not.toContain('Cerclé');
	});
});
