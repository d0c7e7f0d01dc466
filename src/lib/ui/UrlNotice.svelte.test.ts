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

	it('cuts a long value after 60 characters and says how long it was', () => {
		const value = 'a'.repeat(5000);
		render(UrlNotice, {
			notes: [{ param: 'indicateur', value, reason: 'indicateur inconnu', kind: 'ignored' }],
			ondismiss: () => {}
		});
		expect(screen.getByRole('status')).toHaveTextContent(
			`Paramètre ignoré : indicateur=${'a'.repeat(60)}… (5 000 caractères) (indicateur inconnu)`
		);
	});

	it('shows nothing when every parameter was read', () => {
		render(UrlNotice, { notes: [], ondismiss: () => {} });
		expect(screen.queryByRole('status')).toBeNull();
	});
});
