import { describe, expect, it } from 'vitest';
import { SERVICE_KINDS, serviceColour, serviceFilter } from './services';

describe('services expressions', () => {
	it('shows the five kinds of services, not the town halls', () => {
		expect(SERVICE_KINDS.map((k) => k.kind)).toEqual([
			'france_services',
			'mission_locale',
			'pij',
			'lycee',
			'gare'
		]);
		expect(serviceFilter(SERVICE_KINDS)).toEqual([
			'in',
			['get', 'kind'],
			['literal', ['france_services', 'mission_locale', 'pij', 'lycee', 'gare']]
		]);
	});

	it.each([
		{ kinds: [], expected: '#666666' },
		{
			kinds: [{ kind: 'gare', label: 'Gare', colour: '#000' }],
			expected: ['match', ['get', 'kind'], 'gare', '#000', '#666666']
		}
	])('colours by kind: $kinds.length kinds', ({ kinds, expected }) => {
		expect(serviceColour(kinds)).toEqual(expected);
	});
});
