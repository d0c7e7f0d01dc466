/**
 * The capture form's draft. The forum and the theme stay from one problem to the next: a
 * facilitator types many problems of the same workshop in a row.
 */
import { parsePositiveInteger, parseWeight } from '../import/values';
import { today } from './clock';
import type {
	Problem,
	ProblemDraft,
	ProblemStatus,
	RaisedBy,
	ThemeId
} from '$lib/features/workshops/model';
import type { ProblemField, ValidationError } from '$lib/features/workshops/validate';

/** Form field a validation message belongs to. */
export type DraftField = ProblemField;

/** Groups validation errors by form field, keeping their French messages. */
export function errorsByField(
	errors: readonly ValidationError[]
): Partial<Record<DraftField, string[]>> {
	const out: Partial<Record<DraftField, string[]>> = {};
	for (const e of errors) (out[e.field] ??= []).push(e.message);
	return out;
}

/** The form's values, bound by the field components. */
export class DraftState {
	date = $state(today());
	lieu = $state('');
	/** Text of the number field ('' = unknown). */
	numero = $state('');
	theme = $state<ThemeId | ''>('');
	subjects = $state<string[]>([]);
	publics = $state<string[]>([]);
	communes = $state<string[]>([]);
	wholeTerritory = $state(false);
	description = $state('');
	weight = $state('1');
	raisedBy = $state<RaisedBy | ''>('');
	status = $state<ProblemStatus>('nouvelle');
	/** Id of the problem being edited; null for a new one. */
	editingId = $state<string | null>(null);
	/** Revision of that problem when editing began (a save from another tab since is a conflict). */
	editingRevision = $state(0);
	errors = $state<Partial<Record<DraftField, string[]>>>({});

	/** The draft as the data layer expects it (invalid values are left for validateProblem). */
	toDraft(): ProblemDraft {
		// Read as an imported cell is (« 0x10 » or « 1e3 » are no weight); NaN is what validateProblem refuses.
		const read = (p: { ok: true; value: number } | { ok: false }) => (p.ok ? p.value : NaN);
		const numero = this.numero.trim() === '' ? null : read(parsePositiveInteger(this.numero));
		const weight = this.weight.trim() === '' ? NaN : read(parseWeight(this.weight));
		return {
			forum: { date: this.date, lieu: this.lieu.trim(), numero },
			// An empty theme is sent as is, so validateProblem names it.
			theme: this.theme as ThemeId,
			subjects: [...this.subjects],
			publics: [...this.publics],
			communes: this.wholeTerritory ? [] : [...this.communes],
			wholeTerritory: this.wholeTerritory,
			description: this.description,
			weight,
			raisedBy: this.raisedBy === '' ? null : this.raisedBy,
			status: this.status,
			example: false
		};
	}

	/** Clears the problem fields for the next entry; forum and theme stay. */
	next(): void {
		this.subjects = [];
		this.publics = [];
		this.communes = [];
		this.wholeTerritory = false;
		this.description = '';
		this.weight = '1';
		this.raisedBy = '';
		this.status = 'nouvelle';
		this.editingId = null;
		this.editingRevision = 0;
		this.errors = {};
	}

	/** Loads a stored problem for editing, with the revision it is edited from. */
	edit(p: Problem, revision: number): void {
		this.date = p.forum.date;
		this.lieu = p.forum.lieu;
		this.numero = p.forum.numero === null ? '' : String(p.forum.numero);
		this.theme = p.theme;
		this.subjects = [...p.subjects];
		this.publics = [...p.publics];
		this.communes = [...p.communes];
		this.wholeTerritory = p.wholeTerritory;
		this.description = p.description;
		this.weight = String(p.weight);
		this.raisedBy = p.raisedBy ?? '';
		this.status = p.status;
		this.editingId = p.id;
		this.editingRevision = revision;
		this.errors = {};
	}
}
