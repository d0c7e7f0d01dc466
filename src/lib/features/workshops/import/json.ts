/** Reads the Atlas's own JSON export back, validating every entry. */
import { currentThemeId, themeMigrationNotice } from '$lib/indicators/theme-ids';
import { createProblem } from '../create';
import { JSON_FORMAT, JSON_VERSION } from '../json-format';
import type { Problem, ProblemDraft } from '../model';
import type { Taxonomy } from '../taxonomy';
import { backupEntries, kindLabel, type CustomEntry } from '../taxonomy-custom';
import { backupEntryReasons, unknownBackupFields, unstorableReasons } from '../stored-record';
import { errorMessages, validateProblem } from '../validate';
import { counted } from '$lib/format/plural';
import type { ImportIssue, ImportResult, RejectedRow } from './report';
import { timestampRemarks } from './values';

const REFUSAL =
	'Ce fichier JSON n’est pas un export de problématiques de l’Atlas. Pour importer un tableau, enregistrez-le en CSV ou en Excel (.xlsx).';

/** Parses a JSON export; invalid entries are reported (« Entrée N »), valid ones kept. */
export function importJsonText(
	text: string,
	taxonomy: Taxonomy,
	communeCodes: ReadonlySet<string>,
	now: string
): ImportResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return {
			kind: 'refused',
			// A cut copy of an export is still one: « is not an export » would be wrong there.
			message:
				'Le fichier JSON est illisible (syntaxe invalide) : il est peut-être incomplet (copie ' +
				'interrompue) ou modifié à la main. Importez une sauvegarde complète, exportée par ' +
				'l’atlas (« Exporter », JSON) ; pour importer un tableau, enregistrez-le en CSV ou en ' +
				'Excel (.xlsx).'
		};
	}
	const file = data as {
		format?: unknown;
		version?: unknown;
		problems?: unknown;
		entries?: unknown;
	};
	if (
		typeof data !== 'object' ||
		data === null ||
		file.format !== JSON_FORMAT ||
		!Array.isArray(file.problems)
	)
		return { kind: 'refused', message: REFUSAL };
	// A version that is not a whole number from 1 (missing, « "1" »): a damaged or foreign file.
	if (!Number.isInteger(file.version) || (file.version as number) < 1)
		return {
			kind: 'refused',
			message: `Le numéro de format de cette sauvegarde (« version ») est ${file.version === undefined ? 'absent' : `illisible (${JSON.stringify(file.version)})`} : le fichier a peut-être été modifié à la main. Importez la sauvegarde d’origine, ou un export CSV de l’atlas.`
		};
	if ((file.version as number) > JSON_VERSION)
		return {
			kind: 'refused',
			message: `Ce fichier vient d’une version plus récente de l’Atlas (format ${String(file.version)}) : mettez l’application à jour puis réessayez.`
		};
	const problems: Problem[] = [];
	const lines: number[] = [];
	const issues: ImportIssue[] = [];
	// The backup's own themes, subjects and publics, added by hand where it was made.
	const brought = Array.isArray(file.entries)
		? backupEntries(taxonomy, file.entries)
		: { taxonomy, added: [], errors: [] };
	if (brought.added.length)
		issues.push({ line: 0, severity: 'warning', message: entriesNote(brought.added) });
	for (const e of brought.errors)
		issues.push({
			line: 0,
			severity: 'warning',
			message: `Une entrée ajoutée à la main de la sauvegarde n’est pas reprise : ${e}`
		});
	const rejected: RejectedRow[] = [];
	const seen = new Set<string>();
	let migrated = 0;
	// Fields the atlas does not know, by name: how many entries hold each (said once, below).
	const unknown = new Map<string, number>();
	file.problems.forEach((entry: unknown, index) => {
		const n = index + 1;
		const report = (message: string) => {
			issues.push({ line: n, severity: 'error', message: `Entrée ${n} : ${message}` });
			rejected.push({ line: n, cells: [JSON.stringify(entry) ?? ''], reasons: [message] });
		};
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
			return report('entrée incomplète — ignorée');
		const shape = backupEntryReasons(entry);
		if (shape.length) return report(`entrée mal formée — ignorée (${shape.join(' ; ')})`);
		const draft = entry as ProblemDraft;
		// An export written before the theme ids were shared: its old theme id is made current.
		const theme = typeof draft.theme === 'string' ? currentThemeId(draft.theme) : draft.theme;
		const current = { ...draft, theme } as ProblemDraft;
		const errors = validateProblem(current, brought.taxonomy, communeCodes);
		if (errors.length) return report(errorMessages(errors).join(' '));
		const problem = createProblem({ ...current, example: draft.example === true }, now);
		const unstorable = unstorableReasons(problem);
		if (unstorable.length) return report(`entrée mal formée — ignorée (${unstorable.join(' ; ')})`);
		if (seen.has(problem.id)) return report(`identifiant « ${problem.id} » en double — ignorée`);
		seen.add(problem.id);
		problems.push(problem);
		lines.push(n);
		const text = (v: unknown) => (typeof v === 'string' ? v : '');
		const remarks = timestampRemarks(text(draft.createdAt), text(draft.updatedAt));
		// A backup lists visible problems; a hand-edited one may mark one deleted.
		const deletedAt = (entry as { deletedAt?: unknown }).deletedAt;
		if (deletedAt !== undefined && deletedAt !== null)
			remarks.push(
				'marquée supprimée dans le fichier (« deletedAt ») : importée comme visible. Supprimez-la dans « Ateliers » si elle doit le rester'
			);
		for (const r of remarks)
			issues.push({ line: n, severity: 'warning', message: `Entrée ${n} : ${r}` });
		for (const field of unknownBackupFields(entry))
			unknown.set(field, (unknown.get(field) ?? 0) + 1);
		if (theme !== draft.theme) migrated++;
	});
	if (unknown.size)
		issues.push({ line: 0, severity: 'warning', message: unknownFieldsNote(unknown) });
	// One sentence for the whole file rather than a line per entry.
	if (migrated)
		issues.push({ line: 0, severity: 'warning', message: themeMigrationNotice(migrated) });
	return {
		kind: 'ok',
		format: 'json',
		problems,
		lines,
		pending: [],
		issues,
		rowCount: file.problems.length,
		headers: ['Entrée (JSON)'],
		mapping: {},
		rejected,
		entries: brought.added
	};
}

/** « La sauvegarde apporte 2 entrées ajoutées à la main : thème « transversal », sujet « piscine ». … » */
export function entriesNote(added: readonly CustomEntry[]): string {
	const list = added.map((e) => `${kindLabel(e.kind)} « ${e.label} »`).join(', ');
	const n = added.length;
	return n === 1
		? `La sauvegarde apporte 1 entrée ajoutée à la main, qui sera ajoutée à vos listes avec l’import : ${list}.`
		: `La sauvegarde apporte ${n} entrées ajoutées à la main, qui seront ajoutées à vos listes avec l’import : ${list}.`;
}

/** « Champs inconnus de l'atlas, non importés : « salle » (2 entrées). … » */
export function unknownFieldsNote(fields: ReadonlyMap<string, number>): string {
	const list = [...fields].map(([f, n]) => `« ${f} » (${counted(n, 'entrée', 'entrées')})`);
	return `Champs inconnus de l’atlas, non importés : ${list.join(', ')}. Ils viennent d’une modification à la main ou d’un autre outil ; le reste de chaque entrée est importé.`;
}
