/**
 * The import form's fields (one per control) and the settings they stand for, both ways: a newer
 * file that replaces a dataset is read with the very same choices.
 */
import type { Coverage, DatasetSettings, DatasetShape, DenominatorId } from './model';

/** What the controls of the import form hold. */
export interface FormFields {
	shape: DatasetShape;
	communeColumn: string;
	coverage: Coverage;
	itemMeasure: 'count' | 'sum';
	sumColumn: string;
	per: DenominatorId | '';
	valueColumn: string;
	additive: boolean;
	numerator: string;
	denominator: string;
	scale: 100 | 1000;
}

/** The form as it opens. */
export function emptyForm(): FormFields {
	return {
		shape: 'items',
		communeColumn: '',
		coverage: 'territory',
		itemMeasure: 'count',
		sumColumn: '',
		per: 'habitants',
		valueColumn: '',
		additive: false,
		numerator: '',
		denominator: '',
		scale: 100
	};
}

/** The settings the fields stand for. */
export function formSettings(f: FormFields): DatasetSettings {
	const measure: DatasetSettings['measure'] =
		f.shape === 'items'
			? f.itemMeasure === 'count'
				? { kind: 'count', per: f.per || null }
				: { kind: 'sum', column: f.sumColumn, per: f.per || null }
			: f.shape === 'communes'
				? { kind: 'value', column: f.valueColumn, additive: f.additive }
				: { kind: 'rate', numerator: f.numerator, denominator: f.denominator, scale: f.scale };
	return { shape: f.shape, communeColumn: f.communeColumn, coverage: f.coverage, measure };
}

/** The fields that give back `settings` (the others as the empty form has them). */
export function settingsForm(settings: DatasetSettings): FormFields {
	const f: FormFields = {
		...emptyForm(),
		shape: settings.shape,
		communeColumn: settings.communeColumn,
		coverage: settings.coverage
	};
	const m = settings.measure;
	if (m.kind === 'count' || m.kind === 'sum') {
		f.itemMeasure = m.kind;
		f.per = m.per ?? '';
		if (m.kind === 'sum') f.sumColumn = m.column;
	}
	if (m.kind === 'value') [f.valueColumn, f.additive] = [m.column, m.additive];
	if (m.kind === 'rate')
		[f.numerator, f.denominator, f.scale] = [m.numerator, m.denominator, m.scale];
	return f;
}
