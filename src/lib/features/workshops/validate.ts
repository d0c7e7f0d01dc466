/** Validation of a problem before it is stored; every message is French and says what to do. */
import { formatNumber } from '$lib/format/number';
import { MAX_COUNT, RAISED_BY_IDS, STATUS_IDS, type ProblemDraft } from './model';
import type { Taxonomy } from './taxonomy';
import { forumDateRefusal } from './forum-date';

const isoDates = new Map<string, boolean>();

/** True when `date` is a real calendar date written yyyy-mm-dd. */
export function isIsoDate(date: string): boolean {
	const known = isoDates.get(date);
	if (known !== undefined) return known;
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const ok =
		!!m &&
		new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) ===
			date;
	// A store of 100 000 problems holds a few forum dates: each is checked once, not 100 000 times.
	if (isoDates.size >= 10_000) isoDates.clear();
	isoDates.set(date, ok);
	return ok;
}

/** A weight or a forum number: a whole number from 1 to `MAX_COUNT`. */
export const isCount = (n: unknown): n is number =>
	Number.isInteger(n) && (n as number) >= 1 && (n as number) <= MAX_COUNT;

/** `MAX_COUNT` as the messages write it (« 1 000 000 »). */
export const MAX_COUNT_TEXT = formatNumber(MAX_COUNT, 0);

/**
 * For an id of an entry added by hand (« x_… »), what to do, with the name that gives it back
 * (`customId` of « transversal » is « x_transversal »); '' for any other id.
 */
function addedElsewhere(id: string, what: string): string {
	if (!id.startsWith('x_')) return '';
	const label = id.slice(2).replace(/_/g, ' ');
	return ` (un ${what} ajouté à la main ailleurs : importez la sauvegarde JSON complète, qui contient les entrées ajoutées, ou ajoutez « ${label} »)`;
}

/** A problem field a validation message is about; 'general' when none. */
export type ProblemField =
	| 'forum'
	| 'theme'
	| 'description'
	| 'subjects'
	| 'publics'
	| 'communes'
	| 'weight'
	| 'raisedBy'
	| 'status'
	| 'general';

/** One validation error: the field it is about and its French message. */
export interface ValidationError {
	field: ProblemField;
	message: string;
}

/** The messages alone, in order (for import reports). */
export function errorMessages(errors: readonly ValidationError[]): string[] {
	return errors.map((e) => e.message);
}

/**
 * Returns the errors of a draft (empty when valid). `communeCodes` is the territory's
 * list of INSEE codes; when given, codes outside it are refused.
 */
export function validateProblem(
	p: ProblemDraft,
	taxonomy: Taxonomy,
	communeCodes?: ReadonlySet<string>
): ValidationError[] {
	const errors: ValidationError[] = [];
	const add = (field: ProblemField, message: string) => errors.push({ field, message });
	// Blank, or only invisible characters (zero-width spaces, format marks): nothing to read.
	if (p.description.replace(/[\s\p{Cf}]/gu, '') === '')
		add('description', 'La description est vide : décrivez la problématique.');
	if (!isIsoDate(p.forum.date)) add('forum', forumDateRefusal(p.forum.date));
	if (p.forum.numero !== null && !isCount(p.forum.numero))
		add('forum', 'Le numéro du forum doit être un nombre entier (1, 2, 3…).');
	if (!taxonomy.themes.some((t) => t.id === p.theme))
		add(
			'theme',
			p.theme.startsWith('x_')
				? `Le thème « ${p.theme} » est inconnu${addedElsewhere(p.theme, 'thème')}.`
				: `Le thème « ${p.theme} » est inconnu : ajoutez-le à la liste des thèmes (« Ajouter un thème, un sujet ou un public à la liste », dans le formulaire de saisie de la page Ateliers).`
		);
	if (!isCount(p.weight))
		add('weight', `Le poids doit être un nombre entier de 1 à ${MAX_COUNT_TEXT}.`);
	if (p.raisedBy !== null && !(RAISED_BY_IDS as readonly string[]).includes(p.raisedBy))
		add('raisedBy', `« Porté par » : valeur « ${p.raisedBy} » inconnue.`);
	if (!(STATUS_IDS as readonly string[]).includes(p.status))
		add('status', `Le statut « ${p.status} » est inconnu.`);
	for (const [ids, list, what, field] of [
		[p.subjects, taxonomy.subjects, 'sujet', 'subjects'],
		[p.publics, taxonomy.publics, 'public', 'publics']
	] as const) {
		for (const id of ids)
			if (!list.some((e) => e.id === id))
				add(field, `Le ${what} « ${id} » est inconnu${addedElsewhere(id, what)}.`);
		if (new Set(ids).size !== ids.length) add(field, `Un ${what} est présent deux fois.`);
	}
	if (p.wholeTerritory && p.communes.length > 0)
		add('communes', 'Choisissez soit « tout le territoire », soit des communes, pas les deux.');
	if (!p.wholeTerritory && p.communes.length === 0)
		add('communes', 'Indiquez au moins une commune, ou « tout le territoire ».');
	const twice = p.communes.filter((c, i) => p.communes.indexOf(c) !== i);
	if (twice.length)
		add('communes', `La commune ${twice[0]} est présente deux fois : ne l’indiquez qu’une fois.`);
	if (communeCodes)
		for (const c of p.communes)
			if (!communeCodes.has(c)) add('communes', `La commune ${c} n’appartient pas au territoire.`);
	return errors;
}
