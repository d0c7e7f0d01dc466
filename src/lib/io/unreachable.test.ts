import { describe, expect, it } from 'vitest';
import { isUnreachable } from './unreachable';

describe('isUnreachable', () => {
	it('knows the failed imports of Chromium, Firefox and Safari, and a page’s style sheet not fetched', () => {
		for (const message of [
			'Failed to fetch dynamically imported module: http://localhost/_app/immutable/nodes/6.js',
			'error loading dynamically imported module: http://localhost/_app/immutable/nodes/6.js',
			'Importing a module script failed.'
		])
			expect(isUnreachable(new TypeError(message))).toBe(true);
		// Vite's preloading, first to fail when the connection is cut (seen in Chromium).
		expect(
			isUnreachable(
				new Error('Unable to preload CSS for http://localhost/_app/immutable/assets/6.css')
			)
		).toBe(true);
	});
	it('leaves the atlas’s own faults to the plain error page', () => {
		expect(isUnreachable(new TypeError("Cannot read properties of null (reading 'x')"))).toBe(
			false
		);
		expect(isUnreachable(new Error('Unable to read the snapshot'))).toBe(false);
		expect(isUnreachable('Failed to fetch')).toBe(false);
	});
});
