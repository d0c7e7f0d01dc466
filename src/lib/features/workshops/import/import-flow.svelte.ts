/**
 * The import steps of /ateliers: read the file, map columns when needed, let the user choose the
 * communes that could not be resolved, then merge into the store and summarise. Nothing is
 * written before « Importer » is confirmed, and the merge never overwrites stored problems.
 */
import { ChunksCancelled } from '$lib/core/chunked';
import { importInWorker, type WorkerImportOptions } from './worker-client';
import { sizeRefusal } from './detect';
import { storageErrorMessage } from '../storage-errors';
import type { ColumnMapping, FieldId, FieldSpec } from './fields';
import { FIELDS } from './fields';
import { rejectedFileName, rejectedLinesCsv } from './rejected-csv';
import type { ImportResult, PendingRow, RejectedRow } from './report';
import { resolvePending } from './index';
import { completeImport, readyById, summarise, type ImportSummary } from './summary';
import { downloadText } from '$lib/io/download';
import type { AteliersSession } from '$lib/features/workshops/session.svelte';
import { nowIso } from '$lib/features/workshops/capture/clock';
import { restorableIn } from '$lib/features/workshops/trash/restorable';
import { loadOutsideCommunes } from '../commune-refs';
import { planOnRead } from '../import-plan';

/** Past this many problems ready to import, the review does not forecast the merge. */
export const FORECAST_LIMIT = 2_000;

type OkResult = Extract<ImportResult, { kind: 'ok' }>;
const NO_READY: ReturnType<typeof readyById> = new Map();
type Completion = ReturnType<typeof resolvePending>;

export type { ImportSummary } from './summary';

/** One import, from file to summary. */
export class ImportFlow {
	step = $state<'idle' | 'busy' | 'refused' | 'mapping' | 'review' | 'done'>('idle');
	message = $state('');
	fileName = $state('');
	headers = $state.raw<string[]>([]);
	expected = $state.raw<readonly FieldSpec[]>([]);
	/** Field id → column index as text ('' = no column), bound to the mapping selects. */
	mapping = $state<Partial<Record<FieldId, string>>>({});
	result = $state.raw<OkResult | null>(null);
	/** Pending row line → chosen code per unresolved commune ('' = not chosen). */
	choices = $state<Record<number, string[]>>({});
	summary = $state.raw<ImportSummary | null>(null);
	/** The ready problems' lines by id, built once per file (the duplicate rule of `completeImport`). */
	private ready = $derived(this.result ? readyById(this.result) : NO_READY);
	/**
	 * Each pending row's last completion, by its choices: a choice redoes only the rows it touches.
	 * Its creation date may be an earlier preview's: only counts and duplicates are read from the
	 * preview (`sameContent` leaves dates out); « Importer » completes every row again.
	 */
	private completions = new WeakMap<PendingRow, { key: string; outcome: Completion }>();
	private resolveOnce = (row: PendingRow, chosen: readonly (string | null)[], now: string) => {
		const key = chosen.join('\u241f');
		const known = this.completions.get(row);
		if (known?.key === key) return known.outcome;
		const outcome = resolvePending(row, chosen, now);
		this.completions.set(row, { key, outcome });
		return outcome;
	};
	/** The import as the choices stand, for the review's counts and lists (the rule « Importer » applies). */
	preview = $derived(
		this.result && this.step === 'review'
			? completeImport(this.result, this.choices, nowIso(), this.ready, this.resolveOnce)
			: null
	);
	/** Bring back the deleted problems the file holds (a backup): shown, with a choice, in the review. */
	restoreDeleted = $state(true);
	/** Those deleted problems, as stored (see `trash/RestoreChoice.svelte`). */
	restorable = $derived.by(() => restorableIn(this.result?.problems ?? [], this.session.trash));
	/**
	 * What « Importer » would do as the choices stand, worked out on the records this page has
	 * read, by the store's own rule (`planImport`): added, already there, updated (the file's
	 * version replaces the stored one), conflicts. Null until the whole store is read. The import
	 * itself works it out again on the store as it is then (another tab may have written).
	 */
	forecast = $derived.by(() => {
		const preview = this.preview;
		if (!preview || this.session.status !== 'ready' || this.session.loading) return null;
		// Worked out again at each commune choice: past this size it would hold the page (5 000
		// problems against 90 000 stored: 0,1–0,2 s here); the summary after « Importer » says it.
		if (preview.problems.length > FORECAST_LIMIT) return 'too-many' as const;
		const { stored, trash, invalid } = this.session;
		return planOnRead(
			preview.problems,
			[stored, trash],
			invalid.map((r) => r.key),
			this.restoreDeleted
		);
	});
	/** Rows read so far while the file is read (« Lecture des lignes : 12 000 / 20 000 »). */
	progress = $state.raw<{ done: number; total: number } | null>(null);
	/** True while the file is read (« Annuler » is offered); false while writing. */
	reading = $state(false);
	private file: Blob | null = null;
	private controller: AbortController | null = null;

	constructor(private session: AteliersSession) {}

	private async options(): Promise<WorkerImportOptions> {
		const outside = await loadOutsideCommunes();
		this.controller?.abort();
		const reading = (this.controller = new AbortController());
		return {
			signal: reading.signal,
			onProgress: (done, total) => {
				if (!reading.signal.aborted) this.progress = { done, total };
			},
			// The territory and its département: « Nîmes » is outside, not unknown.
			communes: this.session.communes,
			outside,
			// Plain data for the worker (a Svelte state proxy cannot be sent).
			taxonomy: $state.snapshot(this.session.taxonomy),
			now: nowIso()
		};
	}

	/** Reads a dropped or chosen file. */
	async start(file: File): Promise<void> {
		this.reset();
		this.fileName = file.name;
		// A huge file is refused from its size, with that size, without loading it.
		const tooBig = sizeRefusal(file.name.trim() || 'le fichier', file.size);
		if (tooBig) {
			this.message = tooBig;
			this.step = 'refused';
			return;
		}
		this.file = file;
		this.step = 'busy';
		await this.read((options) => importInWorker(file, file.name, null, options));
	}

	/** Runs a reading of the file; a cancelled one leaves the step as `cancel()` set it. */
	private async read(run: (options: WorkerImportOptions) => Promise<ImportResult>): Promise<void> {
		this.progress = null;
		this.reading = true;
		const options = await this.options();
		try {
			const result = await run(options);
			if (!options.signal?.aborted) this.handle(result);
		} catch (e) {
			if (!(e instanceof ChunksCancelled)) throw e;
		} finally {
			if (!options.signal?.aborted) this.reading = false;
			this.progress = null;
		}
	}

	/**
	 * « Annuler » while the file is read: the reading stops between two slices of rows, nothing
	 * has been written (the store is only touched by « Importer »), and the file picker is back.
	 */
	cancel(): void {
		this.controller?.abort();
		this.controller = null;
		this.reset();
		this.message = 'Import annulé : rien n’a été enregistré.';
	}

	/** Re-reads the file with the columns chosen in the mapping step. */
	async applyMapping(): Promise<void> {
		if (!this.file) return;
		const mapping: ColumnMapping = {};
		for (const [id, index] of Object.entries(this.mapping))
			if (index !== '' && index !== undefined) mapping[id as FieldId] = Number(index);
		this.step = 'busy';
		const file = this.file;
		await this.read((options) => importInWorker(file, this.fileName, mapping, options));
	}

	private handle(result: ImportResult): void {
		if (result.kind === 'refused') {
			this.message = result.message;
			this.step = 'refused';
		} else if (result.kind === 'needsMapping') {
			this.message = result.message;
			this.headers = result.headers;
			this.expected = result.expected;
			this.mapping = Object.fromEntries(
				result.expected.map((f) => [f.id, String(result.guessed[f.id] ?? '')])
			);
			this.step = 'mapping';
		} else {
			this.result = result;
			this.choices = Object.fromEntries(
				result.pending.map((row) => [row.line, row.unresolved.map(() => '')])
			);
			this.step = 'review';
		}
	}

	/** Resolves the pending rows with the user's choices and merges everything into the store. */
	async confirm(): Promise<void> {
		if (!this.result) return;
		const completed = completeImport(this.result, this.choices, nowIso(), this.ready);
		this.step = 'busy';
		const entries = this.result.entries ?? [];
		// What a failure leaves: nothing, or (once the backup's entries are written) those entries.
		let written = 'rien n’a été modifié';
		try {
			// The backup's own themes, subjects and publics first: its problems use them.
			if (entries.length) written = 'aucune problématique n’a été modifiée';
			await this.session.addEntries(entries);
			if (entries.length)
				written += ' (les thèmes, sujets ou publics de la sauvegarde ont été ajoutés à vos listes)';
			const merge = await this.session.applyImport(completed.problems, this.restoreDeleted);
			this.summary = summarise(merge, completed);
			this.step = 'done';
		} catch (e) {
			// The problems are untouched on failure (one transaction): say so, keep the report.
			this.message = `L’import n’a pas pu être enregistré, ${written}. ${storageErrorMessage(e, 'write')}`;
			this.step = 'refused';
		}
	}

	/** Lines not imported so far: after « Importer », those left without a commune too. */
	get rejected(): readonly RejectedRow[] {
		return this.summary?.rejected ?? this.result?.rejected ?? [];
	}

	/** Saves the lines not imported, with their reasons, as a CSV for French Excel. */
	downloadRejected(): void {
		const csv = rejectedLinesCsv(this.result?.headers ?? [], this.rejected);
		downloadText(csv, 'text/csv;charset=utf-8', rejectedFileName(this.fileName));
	}

	/** From the report, back to the mapping step to read columns that matched no field. */
	mapColumns(): void {
		if (!this.result || !this.file) return;
		this.headers = this.result.headers;
		this.expected = FIELDS;
		const mapping = this.result.mapping;
		this.mapping = Object.fromEntries(FIELDS.map((f) => [f.id, String(mapping[f.id] ?? '')]));
		this.message =
			'Choisissez la colonne du fichier à lire pour chaque champ (les colonnes non reconnues sont dans la liste), puis lisez le fichier de nouveau.';
		this.step = 'mapping';
	}

	/** Back to the file picker. */
	reset(): void {
		this.step = 'idle';
		this.message = '';
		this.result = null;
		this.summary = null;
		this.choices = {};
		this.file = null;
		this.restoreDeleted = true;
		this.reading = false;
	}
}
