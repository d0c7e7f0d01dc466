import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { indicatorById } from '$lib/indicators/catalogue';
import type { AggregateValue } from '$lib/indicators/types';
import CommunePanel from './CommunePanel.svelte';

const youth = indicatorById('chomage_15_24')!;
const base = {
	code: '30007',
	name: 'Alès',
	indicators: [youth],
	themeLabel: () => 'Jeunesse',
	territoryName: 'CA Alès Agglomération',
	departementName: 'Gard',
	highlight: youth.id,
	onclose: () => {}
};
const cells = (container: HTMLElement) =>
	[...container.querySelectorAll('tr[data-indicator] td')].map((td) => td.textContent!.trim());

describe('CommunePanel', () => {
	it('shows « … » while the values are being computed, never « n.d. »', () => {
		// Just after a click, before the profile and the totals arrive: nothing says « non disponible ».
		const { container } = render(CommunePanel, { ...base, profile: {}, aggregates: {} });
		expect(cells(container)).toEqual(['…', '…', '…']);
		expect(container.querySelector('tbody')!.textContent).not.toContain('n.d.');
	});

	it('says why the census counts shown may not give the rate exactly', () => {
		// Cruviers-Lascours, RP 2022 (P22_CHOM1524, P22_ACT1524): 7,98 unemployed among 15,83
		// active people aged 15-24, 50,4 %, shown « 8 sur 16 » (50,0 % from the rounded counts).
		const { container } = render(CommunePanel, {
			...base,
			profile: {
				[youth.id]: {
					value: (7.9824724061106 / 15.8308793639446) * 100,
					numerator: 7.9824724061106,
					denominator: 15.8308793639446,
					missing: null
				}
			},
			aggregates: {}
		});
		const [commune] = cells(container);
		expect(commune).toContain('50,4\u00a0%');
		expect(commune).toContain('8 sur 16 actifs de 15 à 24 ans');
		expect(container.querySelector('[data-testid="panel-method"] p')!.textContent).toContain(
			'Les effectifs du recensement sont des estimations, affichées arrondies à l’unité\u00a0: le taux est calculé avant cet arrondi.'
		);
	});

	it('its method note says how the young people’s share is flagged, when the panel shows it', () => {
		const neet = indicatorById('jeunes_non_inseres_2018')!;
		// No-break spaces (French typography) read as spaces: the words are what is checked here.
		const note = (indicators: (typeof youth)[]) =>
			render(CommunePanel, {
				...base,
				indicators,
				profile: {},
				aggregates: {}
			})
				.container.querySelector('[data-testid="panel-method"] p')!
				.textContent!.replace(/\u00a0/g, ' ');
		expect(note([youth])).toContain(
			'« Petit effectif » : taux calculé sur moins de 30 personnes, familles ou logements. À lire avec prudence.'
		);
		expect(note([youth, neet])).toContain(
			'familles ou logements ; pour l’indicateur « Part des jeunes non insérés (15-24 ans), 2018 », ' +
				'publié sans ses effectifs : commune comptant moins de 30 habitants de 15 à 29 ans (RP 2022). À lire avec prudence.'
		);
	});

	it('shows the values once computed', () => {
		// Youth unemployment (snapshot.json): Alès 39,3 %, the Agglomération 32,8 %, the Gard 28,8 %.
		const value = (v: number): AggregateValue => ({
			value: v,
			numerator: null,
			denominator: null,
			missing: null,
			covered: 71,
			total: 71
		});
		const { container } = render(CommunePanel, {
			...base,
			profile: {
				[youth.id]: { value: 39.3, numerator: null, denominator: null, missing: null }
			},
			aggregates: { [youth.id]: { territory: value(32.8), departement: value(28.8) } }
		});
		const [commune, agglo, gard] = cells(container);
		expect(commune).toContain('39,3\u00a0%');
		expect(agglo).toBe('32,8\u00a0%');
		expect(gard).toBe('28,8\u00a0%');
	});
});
