/** The diagnostic page's view (`/diagnostic?theme=…`): one CTG theme, or every theme. */
import * as v from 'valibot';
import { field, type Fields } from '$lib/view/codec';

/** The choice meaning the whole diagnostic, every theme in one document. */
export const ALL_THEMES = 'tous';

/** The theme shown first. */
export const DEFAULT_THEME = 'petite_enfance';

export interface DiagnosticView {
	/** A CTG theme id, or `ALL_THEMES`. */
	theme: string;
}

export function defaultDiagnosticView(): DiagnosticView {
	return { theme: DEFAULT_THEME };
}

/** The page's fields, checked against the catalogue's themes. */
export function diagnosticFields(themes: readonly string[]): Fields<DiagnosticView> {
	const choices = [...new Set([ALL_THEMES, ...themes])];
	return {
		theme: field({ param: 'theme', schema: v.picklist(choices, 'thème inconnu') })
	};
}
