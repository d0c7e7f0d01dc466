import { describe, expect, it } from 'vitest';
import { emptyForm, formSettings, settingsForm } from './form';
import type { DatasetSettings } from './model';

describe('the import form and its settings', () => {
	it('gives back the same settings, so a newer file is read the same way', () => {
		const cases: DatasetSettings[] = [
			{
				shape: 'items',
				communeColumn: 'c',
				coverage: 'territory',
				measure: { kind: 'count', per: null }
			},
			{
				shape: 'items',
				communeColumn: 'c',
				coverage: 'departement',
				measure: { kind: 'sum', column: 'Places', per: 'enfants' }
			},
			{
				shape: 'communes',
				communeColumn: 'code',
				coverage: 'territory',
				measure: { kind: 'value', column: 'v', additive: true }
			},
			{
				shape: 'rate',
				communeColumn: 'code',
				coverage: 'territory',
				measure: { kind: 'rate', numerator: 'n', denominator: 'd', scale: 1000 }
			}
		];
		for (const s of cases) expect(formSettings(settingsForm(s))).toEqual(s);
	});

	it('opens on counting items per 1 000 inhabitants', () => {
		expect(formSettings(emptyForm()).measure).toEqual({ kind: 'count', per: 'habitants' });
	});
});
