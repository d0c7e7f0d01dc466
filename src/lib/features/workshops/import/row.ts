/** Turns one record of an imported table into a problem, a row awaiting a choice, or a rejection. */
import type { CommuneMatcher, CommuneRef } from '../communes';
import type { ProblemDraft, ThemeId } from '../model';
import { findEntry, RAISED_BY, STATUSES, themeLabels, type Taxonomy } from '../taxonomy';
import { unprotectCell } from '../export';
import type { ColumnMapping, FieldId } from './fields';
import { issue, type ImportIssue, type UnresolvedCommune } from './report';
import {
	isWholeTerritory,
	parseDate,
	parseFlag,
	parsePositiveInteger,
	parseWeight,
	splitList
} from './values';

/** What a row needs besides its cells. */
export interface RowContext {
	mapping: ColumnMapping;
	matcher: CommuneMatcher;
	taxonomy: Taxonomy;
}

/** Outcome of one row: the draft (unless rejected), unresolved communes, report lines. */
export interface RowOutcome {
	draft: ProblemDraft | null;
	unresolved: UnresolvedCommune[];
	issues: ImportIssue[];
}

const names = (refs: readonly CommuneRef[]) => refs.map((r) => r.nom).join(', ');

/** Describes an unresolved commune for the report, with its suggestions. */
export function communeIssue(line: number, u: UnresolvedCommune): ImportIssue {
	const s = u.match.suggestions;
	const reason =
		u.match.status === 'ambiguous'
			? `commune « ${u.input} » ambiguë — précisez : ${names(s.slice(0, 8))}${s.length > 8 ? '…' : ''}`
			: `commune « ${u.input} » inconnue${s.length ? ` — suggestions : ${names(s)}` : ' — aucune commune proche dans le territoire'}`;
	return issue(line, 'choice', reason);
}

/** Reads one record. Rejections are `error` issues; doubtful values are `warning` issues. */
export function readRow(cells: readonly string[], line: number, ctx: RowContext): RowOutcome {
	const cell = (field: FieldId) => {
		const index = ctx.mapping[field];
		return index === undefined ? '' : unprotectCell((cells[index] ?? '').trim());
	};
	const errors: string[] = [];
	const warnings: string[] = [];

	const description = cell('description');
	if (!description) errors.push('description vide');

	const themeText = cell('theme');
	const theme = findEntry(ctx.taxonomy.themes, themeText)?.id as ThemeId | undefined;
	const expected = themeLabels(ctx.taxonomy);
	if (!theme)
		errors.push(
			themeText
				? `thème « ${themeText} » inconnu (attendu : ${expected}). S'il s'agit d'un nouvel atelier, ajoutez le thème « ${themeText} » à la liste (saisie de /ateliers, « Ajouter un thème, un sujet ou un public à la liste »), puis réimportez le fichier`
				: `thème vide (attendu : ${expected})`
		);

	const dateText = cell('forumDate');
	const date = dateText ? parseDate(dateText) : null;
	if (!date) errors.push('date du forum vide (attendu : JJ/MM/AAAA)');
	else if (!date.ok) errors.push(`${date.reason.replace(/^date/, 'date du forum')}`);

	const numeroText = cell('forumNumero');
	const numero = numeroText ? parsePositiveInteger(numeroText) : null;
	if (numero && !numero.ok) warnings.push(`${numero.reason} — laissé vide`);

	const weightText = cell('weight');
	const weight = weightText ? parseWeight(weightText) : null;
	if (weight && !weight.ok) errors.push(weight.reason);
	if (!weight) warnings.push('poids absent — 1 retenu');

	const tags = (field: 'subjects' | 'publics', what: string, list: string) => [
		...new Set(
			splitList(cell(field)).flatMap((text) => {
				const found = findEntry(ctx.taxonomy[field], text);
				if (!found)
					warnings.push(
						`${what} « ${text} » inconnu — ignoré (ajoutez-le à la liste des ${list}, puis réimportez le fichier)`
					);
				return found ? [found.id] : [];
			})
		)
	];
	const subjects = tags('subjects', 'sujet', 'sujets');
	const publics = tags('publics', 'public', 'publics');

	const raisedText = cell('raisedBy');
	const raisedBy = raisedText ? (findEntry(RAISED_BY, raisedText)?.id ?? null) : null;
	if (raisedText && !raisedBy)
		warnings.push(
			`« porté par » « ${raisedText} » inconnu — laissé vide (attendu : ${RAISED_BY.map((r) => r.label).join(', ')})`
		);

	const statusText = cell('status');
	const status = statusText ? findEntry(STATUSES, statusText)?.id : 'nouvelle';
	if (!status) warnings.push(`statut « ${statusText} » inconnu — « nouvelle » retenu`);

	const communeItems = splitList(cell('communes'));
	const whole = communeItems.some(isWholeTerritory);
	const codes: string[] = [];
	const unresolved: UnresolvedCommune[] = [];
	if (communeItems.length === 0)
		errors.push('commune vide (indiquez une commune ou « tout le territoire »)');
	else if (whole && communeItems.length > 1)
		errors.push('« tout le territoire » et des communes à la fois : gardez l’un ou l’autre');
	else if (!whole)
		for (const input of communeItems) {
			const match = ctx.matcher.resolve(input);
			if (match.status === 'ok') {
				if (!codes.includes(match.code)) codes.push(match.code);
			} else unresolved.push({ input, match });
		}

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
