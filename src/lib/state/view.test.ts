import { describe, expect, it } from 'vitest';
import { defaultView, queryToView, viewToQuery } from './view';

const known = { indicators: new Set(['a', 'b']), communes: new Set(['30007']) };

describe('view ⇄ URL', () => {
	it('keeps the default view out of the URL', () => {
		expect(viewToQuery(defaultView('a'), 'a')).toBe('');
	});

	it('round-trips a full view', () => {
		const v = {
			indicator: 'b',
			method: 'jenks',
			classes: 4,
			commune: '30007',
			problems: true,
			smooth: true
		} as const;
		const q = viewToQuery(v, 'a');
		expect(q).toBe('indicateur=b&classes=jenks&n=4&commune=30007&problemes=1&lisse=1');
		expect(queryToView(new URLSearchParams(q), known, 'a')).toEqual(v);
	});

	it('ignores unknown or malformed values instead of breaking the map', () => {
		const v = queryToView(
			new URLSearchParams('indicateur=zzz&classes=magic&n=42&commune=99999'),
			known,
			'a'
		);
		expect(v).toEqual(defaultView('a'));
	});
});
