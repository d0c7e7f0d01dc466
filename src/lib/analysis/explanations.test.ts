import { describe, expect, it } from 'vitest';
import { analysisExplanations, smoothingText } from './explanations';

describe('what the page says of small communes’ rates', () => {
	it('says smoothing is applied only when it is', () => {
		expect(smoothingText('applied')).toBe(
			'Ici, la variable étudiée est lissée : le lissage bayésien rapproche les taux de la moyenne du territoire, d’autant plus que la population est petite.'
		);
		// The default view (the needs index) is never smoothed: the text described smoothing as
		// done there.
		expect(smoothingText('none')).toBe('Les valeurs ne sont pas lissées ici.');
		expect(smoothingText('available')).toBe(
			'Les valeurs ne sont pas lissées ici. La case « Lisser le taux » les lisse : le lissage bayésien rapproche les taux de la moyenne du territoire, d’autant plus que la population est petite.'
		);
		expect(analysisExplanations.smallNumbers).not.toMatch(/lissage/);
	});
});
