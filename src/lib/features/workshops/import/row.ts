/** Turns one record of an imported table into a problem, a row awaiting a choice, or a rejection. */
import type { CommuneMatcher } from '../communes';
import type { ProblemDraft, ThemeId } from '../model';
import { RAISED_BY, STATUSES, themeLabels, type Taxonomy } from '../taxonomy';
import { unprotectCell } from '../export';
import type { ColumnMapping, FieldId } from './fields';
import { issue, type ImportIssue, type UnresolvedCommune } from './report';
import { correctionText, matchEntry } from './corrections';
import type { HeaderReading, ListField } from './headers';
import { communeIssue, readCommunes } from './row-communes';
import { farFutureDate } from '../forum-date';
import { normalizeText } from '../normalize';
import { hasListSeparator } from '../list-cell';
import {
	parseDate,
	parseFlag,
	parsePositiveInteger,
	parseWeight,
	splitList,
	timestampRemarks
} from './values';

/** What a row needs besides its cells. */
export interface RowContext {
	mapping: ColumnMapping;
	/** Further columns read into a list field. */
	merged?: HeaderReading['merged'];
	matcher: CommuneMatcher;
	taxonomy: Taxonomy;
	/** When the import runs (ISO): a forum date far after it gets a remark. */
	now?: string;
}

/** Outcome of one row: the draft (unless rejected), unresolved communes, report lines. */
export interface RowOutcome {
	draft: ProblemDraft | null;
	unresolved: UnresolvedCommune[];
	issues: ImportIssue[];
}

/** Reads one record. Rejections are `error` issues; doubtful values are `warning` issues. */
export function readRow(cells: readonly string[], line: number, ctx: RowContext): RowOutcome {
	const cell = (field: FieldId) => {
		const index = ctx.mapping[field];
		return index === undefined ? '' : unprotectCell((cells[index] ?? '').trim());
	};
	// A list field may be read from several columns (two « Communes » columns are merged). A
	// cell that is `whole` (a label of the list, « Logement, hébergement ») is not split.
	const listCells = (field: ListField, whole: (text: string) => boolean = () => false) =>
		[ctx.mapping[field], ...(ctx.merged?.[field] ?? [])].flatMap((index) => {
			if (index === undefined) return [];
			const text = unprotectCell((cells[index] ?? '').trim());
			return whole(text) ? [text] : splitList(text);
		});
	const errors: string[] = [];
	const warnings: string[] = [];

	const description = cell('description');
	if (!description) errors.push('description vide');

	const themeText = cell('theme');
	const themeMatch = matchEntry(ctx.taxonomy.themes, themeText);
	const theme = themeMatch.entry?.id as ThemeId | undefined;
	if (themeMatch.entry && themeMatch.corrected)
		warnings.push(correctionText('thème', themeText, themeMatch.entry));
	else if (!themeMatch.entry && themeMatch.suggestion)
		errors.push(
			`thème « ${themeText} » inconnu : vouliez-vous dire « ${themeMatch.suggestion.label} » ? Corrigez la ligne, puis importez-la de nouveau`
		);
	else if (!theme) {
		const expected = themeLabels(ctx.taxonomy);
		errors.push(
			themeText
				? `thème « ${themeText} » inconnu (attendu : ${expected}). S’il s’agit d’un nouvel atelier, ajoutez le thème « ${themeText} » à la liste (dans le formulaire de saisie, plus haut sur cette page : « Ajouter un thème, un sujet ou un public à la liste »), puis réimportez le fichier`
				: `thème vide (attendu : ${expected})`
		);
	}

	const dateText = cell('forumDate');
	const date = dateText ? parseDate(dateText) : null;
	if (!date) errors.push('date du forum vide (attendu : JJ/MM/AAAA)');
	else if (!date.ok) errors.push(`${date.reason.replace(/^date/, 'date du forum')}`);
	else if (farFutureDate(date.value, ctx.now))
		warnings.push(
			`date du forum « ${dateText} » à plus d’un an d’aujourd’hui : vérifiez l’année (gardée telle quelle)`
		);

	const numeroText = cell('forumNumero');
	const numero = numeroText ? parsePositiveInteger(numeroText) : null;
	if (numero && !numero.ok) warnings.push(`${numero.reason} — laissé vide`);

	const weightText = cell('weight');
	const weight = weightText ? parseWeight(weightText) : null;
	if (weight && !weight.ok) errors.push(weight.reason);
	if (!weight) warnings.push('poids absent — 1 retenu');

	const tags = (field: 'subjects' | 'publics', what: string, list: string) => {
		const ids: string[] = [];
		// A label holding a separator, typed as it is in the list: the whole cell is that label.
		const isLabel = (text: string) => {
			if (!hasListSeparator(text)) return false;
			const { entry } = matchEntry(ctx.taxonomy[field], text);
			return !!entry && normalizeText(entry.label) === normalizeText(text);
		};
		for (const text of listCells(field, isLabel)) {
			const found = matchEntry(ctx.taxonomy[field], text);
			if (found.entry) {
				if (found.corrected) warnings.push(correctionText(what, text, found.entry));
				if (!ids.includes(found.entry.id)) ids.push(found.entry.id);
				else warnings.push(`${what} « ${text} » écrit deux fois — compté une fois`);
				continue;
			}
			const hint = found.suggestion
				? `vouliez-vous dire « ${found.suggestion.label} » ? Corrigez le fichier, puis réimportez-le`
				: `ajoutez-le à la liste des ${list}, puis réimportez le fichier`;
			warnings.push(`${what} « ${text} » inconnu — ignoré (${hint})`);
		}
		return ids;
	};
	const subjects = tags('subjects', 'sujet', 'sujets');
	const publics = tags('publics', 'public', 'publics');

	const raisedText = cell('raisedBy');
	const raised = raisedText ? matchEntry(RAISED_BY, raisedText) : null;
	const raisedBy = raised?.entry?.id ?? null;
	if (raised?.entry && raised.corrected)
		warnings.push(correctionText('« porté par »', raisedText, raised.entry));
	if (raisedText && !raisedBy)
		warnings.push(
			`« porté par » « ${raisedText} » inconnu — laissé vide (attendu : ${RAISED_BY.map((r) => r.label).join(', ')})`
		);

	const statusText = cell('status');
	const statusMatch = statusText ? matchEntry(STATUSES, statusText) : null;
	const status = statusText ? statusMatch?.entry?.id : 'nouvelle';
	if (statusMatch?.entry && statusMatch.corrected)
		warnings.push(correctionText('statut', statusText, statusMatch.entry));
	if (!status) warnings.push(`statut « ${statusText} » inconnu — « nouvelle » retenu`);

	// The export's own time stamps; another form is not guessed (which time zone?), but said.
	warnings.push(...timestampRemarks(cell('createdAt'), cell('updatedAt')));

	const communes = readCommunes(listCells('communes'), ctx.matcher);
	errors.push(...communes.errors);
	warnings.push(...communes.warnings);
	const { codes, unresolved, whole } = communes;

	const issues = [
		...errors.map((r) => issue(line, 'error', r)),
		...warnings.map((r) => issue(line, 'warning', r))
	];
	if (errors.length || !theme || !date?.ok || (weight && !weight.ok))
		return { draft: null, unresolved: [], issues };
	return {
		draft: {
			id: cell('id') || undefined,
			forum: {
				date: date.value,
				lieu: cell('forumLieu'),
				numero: numero?.ok ? numero.value : null
			},
			theme,
			subjects,
			publics,
			communes: codes,
			wholeTerritory: whole,
			description,
			weight: weight?.ok ? weight.value : 1,
			raisedBy,
			status: status ?? 'nouvelle',
			createdAt: cell('createdAt') || undefined,
			updatedAt: cell('updatedAt') || undefined,
			example: parseFlag(cell('example'))
		},
		unresolved,
		issues: [...issues, ...unresolved.map((u) => communeIssue(line, u))]
	};
}
