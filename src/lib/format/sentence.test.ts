import { describe, expect, it } from 'vitest';
import { sentenceStart } from './sentence';

describe('sentenceStart', () => {
	it('puts the first letter in upper case, accents included, and leaves the rest', () => {
		expect(sentenceStart('sans collège')).toBe('Sans collège');
		expect(sentenceStart('école de Saint-Jean')).toBe('École de Saint-Jean');
		expect(sentenceStart('')).toBe('');
	});
});
