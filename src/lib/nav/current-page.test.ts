import { describe, expect, it } from 'vitest';
import { isCurrentLink } from './current-page';

describe('isCurrentLink', () => {
	it('marks a section link on its own page and on every page below it', () => {
		expect(isCurrentLink('/diagnostic/', '/diagnostic/', '/')).toBe(true);
		expect(isCurrentLink('/diagnostic/jeunesse/', '/diagnostic/', '/')).toBe(true);
		expect(isCurrentLink('/diagnostic/jeunesse', '/diagnostic/', '/')).toBe(true);
		expect(isCurrentLink('/diagnostic', '/diagnostic/', '/')).toBe(true);
	});
	it('does not mark a link whose path only starts the same way', () => {
		expect(isCurrentLink('/diagnostics/', '/diagnostic/', '/')).toBe(false);
		expect(isCurrentLink('/comparer/', '/diagnostic/', '/')).toBe(false);
	});
	it('marks the root link (the map) on the root only', () => {
		expect(isCurrentLink('/', '/', '/')).toBe(true);
		expect(isCurrentLink('/diagnostic/jeunesse/', '/', '/')).toBe(false);
		expect(isCurrentLink('/commune/30007/', '/', '/')).toBe(false);
	});
	it('works under a base path', () => {
		expect(isCurrentLink('/atlas/', '/atlas/', '/atlas/')).toBe(true);
		expect(isCurrentLink('/atlas/diagnostic/jeunesse/', '/atlas/diagnostic/', '/atlas/')).toBe(
			true
		);
		expect(isCurrentLink('/atlas/diagnostic/jeunesse/', '/atlas/', '/atlas/')).toBe(false);
	});
});
