import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from './loopback';

describe('isLoopbackHost', () => {
	it('knows the names and addresses of this computer', () => {
		for (const host of [
			'localhost',
			'LOCALHOST',
			'atlas.localhost',
			'127.0.0.1',
			'127.1.2.3',
			'[::1]',
			'::1',
			'0.0.0.0'
		])
			expect(isLoopbackHost(host), host).toBe(true);
	});

	it('leaves a published site, or one on the room’s network, as it is', () => {
		for (const host of [
			'atlas.ales-agglo.fr',
			'192.168.1.20',
			'10.0.0.5',
			'localhost.fr',
			'128.0.0.1',
			'my-localhost'
		])
			expect(isLoopbackHost(host), host).toBe(false);
	});
});
