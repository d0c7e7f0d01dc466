/** The lossless JSON export format of problems, versioned so that older files stay readable. */
import type { Problem } from './model';
import type { CustomEntry } from './taxonomy-custom';

/** Value of the `format` field: identifies an Atlas problems file. */
export const JSON_FORMAT = 'atlas-des-besoins/problematiques';
/** Current version; bump it and keep a reader for the old one when the model changes. */
export const JSON_VERSION = 1;

/** The whole JSON file. */
export interface ProblemsFile {
	format: typeof JSON_FORMAT;
	version: typeof JSON_VERSION;
	exportedAt: string;
	problems: Problem[];
	/**
	 * The themes, subjects and publics added by hand, so that a backup restores problems that use
	 * them (added in version 1; a file without it reads as before).
	 */
	entries?: CustomEntry[];
}
