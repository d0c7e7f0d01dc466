/**
 * One dataset import on /donnees: the file read, the user's choices (what a row is, which column
 * holds the commune, what to count), the report they give, the description, then saving. The
 * report follows every choice at once; nothing is stored before « Enregistrer ».
 */
import type { AppCore } from '$lib/core/app-core.svelte';
import type { AtlasData } from '$lib/data/static-data';
import { aggregateRows, type Aggregated, type RejectedRow, type TextTable } from './aggregate';
import { POSITION_COLUMN, readGeoJson } from './geojson';
import type { Description, StoredDataset } from './model';
import { emptyForm, formSettings, settingsForm, type FormFields } from './form';
import { communeScope, loadCommuneLists, type CommuneLists } from './scope';
import {
	defaultDescription,
	effectiveDescription,
	guessCommuneColumn,
	newDatasetId
} from './choices';
import { readDatasetFile, type FileReading } from './read-file';
import { datasetStoreMessage } from './store';
import { counted } from '$lib/format/plural';

export class DatasetImport {
	step = $state<'idle' | 'reading' | 'choosing' | 'saving' | 'saved'>('idle');
	message = $state('');
	fileName = $state('');
	reading = $state.raw<FileReading | null>(null);
	sheet = $state(0);
	/** The stored dataset a newer file replaces (its id and choices are kept). */
	replacing = $state.raw<StoredDataset | null>(null);

	/** The choices: what a row is, the commune column, what to count (see `form.ts`). */
	form = $state<FormFields>(emptyForm());
	description = $state<Description>(defaultDescription());

	#data: AtlasData | null = null;
	lists = $state.raw<CommuneLists | null>(null);

	constructor(private readonly core: AppCore) {}

	/** Loads what matching needs (the commune lists and outlines). */
	async start(): Promise<void> {
		const [lists, data] = await Promise.all([loadCommuneLists(), this.core.data()]);
		this.#data = data;
		this.lists = lists;
	}

	get isGeo(): boolean {
		return this.reading?.kind === 'geojson';
	}

	/** The communes the file speaks for, and their matcher (built once per coverage). */
	readonly scope = $derived(this.lists ? communeScope(this.lists, this.form.coverage) : null);

	/** The GeoJSON placed in communes for the current coverage (null for a table). */
	readonly geo = $derived.by(() => {
		const r = this.reading;
		const data = this.#data;
		const scope = this.scope;
		if (r?.kind !== 'geojson' || !data || !scope) return null;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, not state
		const covered = new Set(scope.covered);
		// A geometry the reader did not foresee must not take the import's section down with it.
		try {
			return readGeoJson(r.text, data.communes, (c) => covered.has(c), scope.name);
		} catch (e) {
			return {
				ok: false as const,
				message: `Ce GeoJSON n’a pas pu être lu : une de ses géométries est invalide. Ouvrez-le dans QGIS (« Vérifier la validité »), corrigez-le et importez-le de nouveau. Détail : ${e instanceof Error ? e.message : String(e)}`
			};
		}
	});

	/** The table the choices apply to. */
	readonly table = $derived.by((): TextTable | null => {
		if (this.reading?.kind === 'table') return this.reading.sheets[this.sheet]?.table ?? null;
		return this.geo?.ok ? this.geo.table : null;
	});

	/** Rows the reading itself left out (an unclosed quote, a point outside). */
	readonly readRejected = $derived.by((): RejectedRow[] => {
		if (this.reading?.kind === 'table') return this.reading.sheets[this.sheet]?.rejected ?? [];
		return this.geo?.ok ? this.geo.rejected : [];
	});

	readonly settings = $derived(formSettings(this.form));

	/** The per-commune numbers and the report of the current choices. */
	readonly result = $derived.by((): Aggregated | null => {
		const t = this.table;
		if (!t || !this.scope) return null;
		return aggregateRows(t, this.settings, this.scope);
	});

	/** Every row left out, by reading or by the choices, in file order. */
	readonly rejected = $derived(
		[...this.readRejected, ...(this.result?.rejected ?? [])].sort((a, b) => a.line - b.line)
	);

	/** « 71 lignes retenues, 0 laissée de côté »: the report's summary, on screen and saved. */
	get keptLine(): string {
		const kept = this.result?.kept.length ?? 0;
		const left = this.rejected.length;
		return `${counted(kept, 'ligne retenue', 'lignes retenues')}, ${counted(left, 'laissée', 'laissées')} de côté`;
	}

	/** Reads a chosen file; a newer file for `replacing` keeps its choices. */
	async open(file: File): Promise<void> {
		this.step = 'reading';
		this.message = '';
		this.fileName = file.name;
		this.query = '';
		this.sheet = 0;
		const reading = await readDatasetFile(file.name, new Uint8Array(await file.arrayBuffer()));
		if (reading.kind === 'error') {
			this.reading = null;
			this.step = 'idle';
			this.message = `« ${file.name} » : ${reading.message}`;
			return;
		}
		this.reading = reading;
		if (reading.kind === 'table') {
			const biggest = reading.sheets.reduce(
				(b, s, i) => (s.table.rows.length > (reading.sheets[b]?.table.rows.length ?? 0) ? i : b),
				0
			);
			this.sheet = biggest;
		}
		const previous = this.replacing;
		if (previous) this.#restore(previous);
		else this.#guess();
		this.step = 'choosing';
	}

	#guess(): void {
		if (this.isGeo) {
			this.form.communeColumn = POSITION_COLUMN;
			this.form.shape = 'items';
			return;
		}
		this.form.communeColumn = guessCommuneColumn(this.table?.headers ?? []);
	}

	#restore(ds: StoredDataset): void {
		this.form = settingsForm(ds.settings);
		this.description = { ...ds.description };
	}

	/** The SQL of a query result opened as a file (traceability: kept in the report). */
	query = $state('');

	/** A query result (one row per commune) opened in the form, as if it were a file. */
	openQueryResult(sql: string, table: TextTable, codeColumn: string, valueColumn: string): void {
		this.reset();
		this.fileName = 'requête SQL de la console';
		this.query = sql;
		this.reading = {
			kind: 'table',
			sheets: [{ name: 'Résultat', table, rejected: [] }],
			notes: []
		};
		this.form.shape = 'communes';
		this.form.communeColumn = codeColumn;
		this.form.valueColumn = valueColumn;
		this.form.additive = false;
		this.step = 'choosing';
	}

	/** Why « Enregistrer » cannot be used yet ('' when it can). */
	get blocker(): string {
		const r = this.result;
		if (!r) return 'Choisissez un fichier.';
		if (r.error) return r.error;
		if (!this.description.label.trim()) return 'Donnez un nom à l’indicateur.';
		if (!r.kept.length) return 'Aucune ligne du fichier n’est utilisable avec ces choix.';
		return '';
	}

	/** Stores the dataset and adds its indicator everywhere. */
	async save(): Promise<StoredDataset | null> {
		const r = this.result;
		if (!r || this.blocker) return null;
		const ids = [
			...this.core.catalogue.indicators.map((i) => i.id),
			...this.core.datasets.list.map((d) => d.id)
		];
		const previous = this.replacing;
		const description = effectiveDescription(
			this.description,
			this.settings,
			Object.values(r.counts.n)
		);
		const ds: StoredDataset = {
			format: 'atlas-jeu-de-donnees',
			version: 1,
			id: previous?.id ?? newDatasetId(description.label, ids),
			fileName: this.fileName,
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
			importedAt: new Date().toISOString(),
			settings: $state.snapshot(this.settings),
			description,
			counts: r.counts,
			secret: r.secret,
			refused: r.refused,
			table: { headers: this.table?.headers ?? [], rows: r.kept },
			report: [...(this.query ? [`Requête : ${this.query}`] : []), ...r.notes, `${this.keptLine}.`]
		};
		this.step = 'saving';
		try {
			await this.core.datasets.save(ds, previous !== null);
			this.step = 'saved';
			this.message = `L’indicateur « ${description.label} » est ajouté : il est sur la carte, dans les comparaisons, les portraits, l’indice des besoins et les croisements.`;
			this.replacing = null;
			return ds;
		} catch (e) {
			this.step = 'choosing';
			this.message = datasetStoreMessage(e);
			return null;
		}
	}

	/** Back to an empty form. */
	reset(): void {
		this.step = 'idle';
		this.query = '';
		this.message = '';
		this.reading = null;
		this.replacing = null;
		this.description = defaultDescription();
	}
}
