import { flushSync, mount, unmount } from 'svelte';
import { describe, expect, it } from 'vitest';
import ClosingSlide from './ClosingSlide.svelte';

function show(href: string) {
	const target = document.createElement('div');
	const component = mount(ClosingSlide, { target, props: { title: 'Merci', href } });
	flushSync();
	return { target, component };
}

describe('ClosingSlide', () => {
	it('a link to this computer only: the address, no QR code, and why', () => {
		// jsdom's page is on http://localhost:3000.
		const { target, component } = show('/?indicateur=chomage_15_24');
		expect(target.querySelector('.url')?.textContent).toBe(
			'http://localhost:3000/?indicateur=chomage_15_24'
		);
		expect(target.querySelector('[data-testid="closing-qr"]')).toBeNull();
		expect(target.querySelector('[data-testid="closing-local"]')?.textContent).toContain(
			'Pas de code QR'
		);
		unmount(component);
	});

	it('a published site: its QR code is drawn', async () => {
		const { target, component } = show('https://atlas.exemple.fr/?indicateur=chomage_15_24');
		expect(target.querySelector('[data-testid="closing-local"]')).toBeNull();
		await expect
			.poll(() => target.querySelector('[data-testid="closing-qr"] svg') !== null)
			.toBe(true);
		unmount(component);
	});
});
