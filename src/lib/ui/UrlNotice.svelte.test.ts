import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import UrlNotice from './UrlNotice.svelte';

const notes = [
	{ param: 'n', value: '999', reason: 'nombre de classes entre 3 et 7', kind: 'ignored' as const }
];

describe('UrlNotice', () => {
	it('names each ignored parameter with its reason, and can be dismissed', async () => {
		const ondismiss = vi.fn();
		render(UrlNotice, { notes, ondismiss });
		expect(screen.getByRole('status')).toHaveTextContent(
			'Paramètre ignoré : n=999 (nombre de classes entre 3 et 7)'
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Masquer l’avis sur le lien' }));
		expect(ondismiss).toHaveBeenCalledOnce();
	});

	it('shows nothing when every parameter was read', () => {
		render(UrlNotice, { notes: [], ondismiss: () => {} });
		expect(screen.queryByRole('status')).toBeNull();
	});
});
