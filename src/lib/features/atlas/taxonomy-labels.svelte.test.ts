import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { ProblemsState } from '$lib/core/problems.svelte';
import { WorkshopProblems } from '$lib/core/workshop-problems.svelte';
import type { Problem } from '$lib/features/workshops/model';
import { BUILT_IN_TAXONOMY, type Taxonomy } from '$lib/features/workshops/taxonomy';
import { withCustomEntries } from '$lib/features/workshops/taxonomy-custom';
import CommuneProblems from './CommuneProblems.svelte';
import ProblemsControls from './ProblemsControls.svelte';

const taxonomy: Taxonomy = withCustomEntries(BUILT_IN_TAXONOMY, [
	{ kind: 'subject', id: 'x_cantine_scolaire', label: 'Cantine scolaire' },
	{ kind: 'public', id: 'x_aidants', label: 'Aidants familiaux' }
]).taxonomy;

const problem: Problem = {
	id: 'p1',
	forum: { date: '2025-05-20', lieu: 'Alès', numero: 1 },
	theme: 'jeunesse',
	subjects: ['x_cantine_scolaire'],
	publics: ['x_aidants'],
	communes: ['30007'],
	wholeTerritory: false,
	description: 'Trop peu de places à la cantine',
	weight: 3,
	raisedBy: null,
	status: 'nouvelle',
	createdAt: '2025-05-20T10:00:00Z',
	updatedAt: '2025-05-20T10:00:00Z',
	example: false
};

describe('custom subjects and publics', () => {
	it('show by label in the commune panel', () => {
		render(CommuneProblems, { problems: [problem], example: false, taxonomy });
		const meta = screen.getByText(/poids 3/);
		expect(meta.textContent).toContain('Cantine scolaire');
		expect(meta.textContent).toContain('Aidants familiaux');
		expect(meta.textContent).not.toContain('x_');
	});

	it('are offered by label in the map filters', () => {
		const store = new WorkshopProblems();
		store.all = [problem];
		store.taxonomy = taxonomy;
		const problems = new ProblemsState(store);
		problems.status = 'ready';
		render(ProblemsControls, { problems, visible: true, onchange: () => {} });
		const subject = screen.getByRole('option', { name: 'Cantine scolaire' }) as HTMLOptionElement;
		expect(subject.value).toBe('x_cantine_scolaire');
		expect(screen.getByRole('option', { name: 'Aidants familiaux' })).toBeInTheDocument();
	});
});
