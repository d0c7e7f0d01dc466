import { describe, expect, it } from 'vitest';
import { settle } from './settle';

describe('settle', () => {
	it('turns a rejection into a French message for the page', async () => {
		const messages: string[] = [];
		const failing = Promise.reject(new Error('setChoropleth: carte détruite'));
		settle(failing, 'La carte n’a pas pu être mise à jour', (m) => messages.push(m));
		await failing.catch(() => undefined);
		await Promise.resolve();
		expect(messages).toEqual([
			'La carte n’a pas pu être mise à jour (setChoropleth: carte détruite).'
		]);
	});

	it('says nothing when the promise resolves', async () => {
		const messages: string[] = [];
		const ok = Promise.resolve(1);
		settle(ok, 'Rien', (m) => messages.push(m));
		await ok;
		await Promise.resolve();
		expect(messages).toEqual([]);
	});
});
