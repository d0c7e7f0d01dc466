/**
 * The catalogue registry: the built-in indicators and themes, plus indicators added while the
 * app runs (a partner's dataset, a saved query). Pages read indicators and themes from here, not
 * from compile-time constants, so an added indicator shows everywhere at once.
 */
import { indicators as builtIn } from '$lib/indicators/catalogue';
import { missingIndicators, type MissingIndicator } from '$lib/indicators/missing';
import { themeNotes, themes as builtInThemes } from '$lib/indicators/themes';
import type { Indicator, ThemeId } from '$lib/indicators/types';

/** A theme as data: its id, French label, the note shown when open data cannot measure it. */
export interface ThemeEntry {
	id: ThemeId;
	label: string;
	note?: string;
	/** What this theme would need but the open data cannot provide. */
	missing: MissingIndicator[];
}

/** Why an indicator could not be added, in French. */
export class CatalogueError extends Error {
	constructor(
		readonly field: 'id' | 'theme',
		message: string
	) {
		super(message);
		this.name = 'CatalogueError';
	}
}

const ID = /^[a-z][a-z0-9_]{1,62}$/;

/** The built-in themes as entries, with their notes and what open data cannot measure. */
export function builtInThemeEntries(): ThemeEntry[] {
	return builtInThemes.map((t) => ({
		...t,
		note: themeNotes[t.id],
		missing: missingIndicators.filter((m) => m.theme === t.id)
	}));
}

/** Built-in and run-time indicators, and the themes they belong to. */
export class CatalogueRegistry {
	#added = $state.raw<Indicator[]>([]);
	readonly themes: ThemeEntry[] = builtInThemeEntries();

	/** Every indicator: built-in first, then those added at run time. */
	get indicators(): Indicator[] {
		return [...builtIn, ...this.#added];
	}

	/** The indicator with this id, or undefined. */
	byId(id: string): Indicator | undefined {
		return this.indicators.find((i) => i.id === id);
	}

	/** French label of a theme id (the id itself when unknown). */
	themeLabel(id: string): string {
		return this.themes.find((t) => t.id === id)?.label ?? id;
	}

	/** Adds an indicator; throws a {@link CatalogueError} for a bad or taken id, or an unknown theme. */
	add(indicator: Indicator): void {
		if (!ID.test(indicator.id)) {
			throw new CatalogueError(
				'id',
				`Identifiant « ${indicator.id} » refusé : lettres minuscules, chiffres et « _ », 2 à 63 caractères.`
			);
		}
		if (this.byId(indicator.id)) {
			throw new CatalogueError('id', `Un indicateur « ${indicator.id} » existe déjà.`);
		}
		if (!this.themes.some((t) => t.id === indicator.theme)) {
			throw new CatalogueError('theme', `Thème inconnu : « ${indicator.theme} ».`);
		}
		this.#added = [...this.#added, indicator];
	}

	/** Removes an indicator added at run time (built-in indicators stay). */
	remove(id: string): void {
		this.#added = this.#added.filter((i) => i.id !== id);
	}
}
