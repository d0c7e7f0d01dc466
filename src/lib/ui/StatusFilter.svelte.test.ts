import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { ProblemStatus } from '$lib/features/workshops/model';
import StatusFilter from './StatusFilter.svelte';

describe('StatusFilter', () => {
	it('ticks the statuses given and says « écartée » is left out by default', () => {
		render(StatusFilter, { statuses: ['nouvelle'], onchange: () => {} });
		expect((screen.getByLabelText('nouvelle', { exact: false }) as HTMLInputElement).checked).toBe(
			true
		);
		expect((screen.getByLabelText('écartée', { exact: false }) as HTMLInputElement).checked).toBe(
			false
		);
		expect(screen.getByTestId('status-filter').textContent).toContain('«\u00a0écartée\u00a0»');
	});

	it('adds a status in the taxonomy order when ticked', async () => {
		let next: ProblemStatus[] = [];
		render(StatusFilter, { statuses: ['nouvelle'], onchange: (s) => (next = s) });
		await fireEvent.click(screen.getByLabelText('écartée', { exact: false }));
		expect(next).toContain('nouvelle');
		expect(next).toContain('ecartee');
		expect(next).toHaveLength(2);
	});
});
