/**
 * The diagnostic page's state: the shared data (from the core, loaded once), the view and the
 * chapters built from it. Sentences, print and Markdown all come from `chapters`.
 */
import type { AppCore } from '$lib/core/app-core.svelte';
import type { AtlasData } from '$lib/data/static-data';
import { frenchDate } from '$lib/map/choropleth-model';
import { svgGeometry, type SvgGeometry } from '$lib/map/svg/geometry';
import type { UrlNote } from '$lib/view/codec';
import { buildChapter, type Chapter } from './chapter';
import { ALL_THEMES, defaultDiagnosticView, type DiagnosticView } from './view';

export class DiagnosticPage {
	data = $state.raw<AtlasData | null>(null);
	geometry = $state.raw<SvgGeometry | null>(null);
	view = $state<DiagnosticView>(defaultDiagnosticView());
	notes = $state.raw<UrlNote[]>([]);
	error = $state<string | null>(null);
	ready = $state(false);
	/** When the document was made (never changes while the page is open). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fixed date, never mutated
	readonly date = new Date();

	constructor(readonly core: AppCore) {}

	get themes() {
		return this.core.catalogue.themes;
	}

	get dateText(): string {
		return frenchDate(this.date);
	}

	/** Every theme's chapter (the table of contents of « Tout le diagnostic »). */
	allChapters = $derived.by((): Chapter[] => {
		const data = this.data;
		if (!data) return [];
		const source = {
			snapshot: data.snapshot,
			territory: data.territory.communes,
			names: data.names,
			departementName: data.territory.departement.name
		};
		return this.themes.map((t) => buildChapter(t, this.core.catalogue.indicators, source));
	});

	/** The chapters shown: one theme, or all of them. */
	chapters = $derived(
		this.view.theme === ALL_THEMES
			? this.allChapters
			: this.allChapters.filter((c) => c.theme === this.view.theme)
	);

	/** Loads the data, then decodes the first view from it. */
	async start(first: (data: AtlasData) => DiagnosticView): Promise<void> {
		try {
			const data = await this.core.data();
			this.geometry = svgGeometry(data.communes, data.outline);
			this.view = first(data);
			this.data = data;
			this.ready = true;
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		}
	}
}
