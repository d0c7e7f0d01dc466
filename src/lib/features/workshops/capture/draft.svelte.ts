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
	/** The fields as they were when this entry began (a blank problem, or the one loaded to edit). */
	#start = $state('');
	/**
	 * Something typed or chosen that is not saved: leaving it (« Modifier » on another problem,
	 * a reload) would lose it without a word. A new problem's forum and theme do not count: they
	 * stay from one problem to the next and are lost by nothing.
	 */
	// A getter, not $derived: the tab keeps one draft across pages (kept-draft), and a $derived made
	// while the first page starts would belong to that page and stop updating once it is left.
	get unsaved(): boolean {
		return this.#fingerprint() !== this.#start;
	}

	constructor() {
		this.#start = this.#fingerprint();
	}

	#fingerprint(): string {
		const problem = [
			this.subjects,
			this.publics,
			this.wholeTerritory ? [] : this.communes,
			this.wholeTerritory,
			this.description,
			this.weight.trim(),
			this.raisedBy,
			this.status
		];
		const forum =
			this.editingId === null ? [] : [this.date, this.lieu.trim(), this.numero.trim(), this.theme];
		return JSON.stringify([this.editingId, ...problem, ...forum]);
	}

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
		this.#start = this.#fingerprint();
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
		this.#start = this.#fingerprint();
	}
}
