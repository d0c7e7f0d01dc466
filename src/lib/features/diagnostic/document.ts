/**
 * The diagnostic document of one theme (or of every theme), built from the pipeline's files:
 * chapters with their sentences and where needs concentrate, plus what the maps are drawn from.
 * Pure, so that it runs at build time (the page is prerendered with its maps) as in a test.
 */
import type { FeatureCollection } from 'geojson';
import type { ThemeEntry } from '$lib/core/catalogue-registry.svelte';
import {
	territoryCollection,
	territoryWeights,
	type WeightsKind
} from '$lib/features/concentrations/territory-weights';
import type { SpatialWeights } from '$lib/analysis/weights';
import type { StatsInput } from '$lib/features/concentrations/run-stats';
import type { LisaResult } from '$lib/analysis/lisa';
import type { Indicator, Snapshot, TerritoryInfo } from '$lib/indicators/types';
import { rareEventCodes, smallDenominatorCodes } from '$lib/indicators/reliability';
import { svgGeometry, type SvgGeometry } from '$lib/map/svg/geometry';
import { buildChapter, type Chapter } from './chapter';
import { themeConcentration } from './concentration';
import { ALL_THEMES } from './view';

/** The pipeline's files the document is built from. */
export interface DiagnosticFiles {
	territory: TerritoryInfo;
	snapshot: Snapshot;
	communes: FeatureCollection;
	outline: FeatureCollection;
}

/** What the page shows: the chapters, and what the maps and the workshop part need. */
export interface DiagnosticDoc {
	/** A theme id, or `ALL_THEMES`. */
	theme: string;
	themes: { id: string; label: string }[];
	territoryName: string;
	departementName: string;
	/** When the data were prepared (ISO date): the maps' and the document's date. */
	generatedAt: string;
	territory: string[];
	/** The territory's commune names. */
	names: Record<string, string>;
	chapters: Chapter[];
	geometry: SvgGeometry;
	/** Values of the indicators the chapters map, by indicator id. */
	values: Record<string, Record<string, number | null>>;
	/** Per indicator, the communes whose value rests on a tiny denominator (`reliability.ts`). */
	small: Record<string, string[]>;
	/** Per birth rate, the communes where it rests on fewer than 20 births (`rareEventCodes`). */
	rare: Record<string, string[]>;
}

/** Commune names by code, from the contours' properties. */
function namesOf(communes: FeatureCollection, codes: readonly string[]): Record<string, string> {
	const all = new Map(
		communes.features.map((f) => [String(f.properties?.code), String(f.properties?.nom)])
	);
	return Object.fromEntries(codes.map((c) => [c, all.get(c) ?? c]));
}

/** An indicator's values for the territory's communes only (the maps colour no other). */
function territoryOnly(snapshot: Snapshot, id: string, codes: readonly string[]) {
	const values = snapshot.indicators[id]?.values ?? {};
	return Object.fromEntries(codes.map((c) => [c, values[c] ?? null]));
}

/** The document of `theme` (or of every theme with `ALL_THEMES`). */
export function buildDiagnostic(
	theme: string,
	files: DiagnosticFiles,
	catalogue: readonly Indicator[],
	themes: readonly ThemeEntry[],
	lisa: (input: StatsInput) => LisaResult
): DiagnosticDoc {
	const { territory, snapshot, communes } = files;
	const codes = territory.communes;
	const names = namesOf(communes, codes);
	const collection = territoryCollection(communes, codes);
	// One set of weights per neighbour rule, shared by the chapters.
	const weights = new Map<string, SpatialWeights>();
	const weightsOf = (kind: WeightsKind, k: number) => {
		const key = `${kind}:${k}`;
		if (!weights.has(key)) weights.set(key, territoryWeights(collection, kind, k));
		return weights.get(key)!;
	};
	const shown = theme === ALL_THEMES ? themes : themes.filter((t) => t.id === theme);
	const data = { snapshot, territory: codes, names, departementName: territory.departement.name };
	const chapters = shown.map((t): Chapter => ({
		...buildChapter(t, catalogue, data),
		concentration: themeConcentration({
			theme: t.id,
			themeLabel: t.label,
			catalogue,
			snapshot,
			codes,
			names,
			weightsOf,
			lisa
		})
	}));
	const ids = chapters.flatMap((c) => c.sentences.map((s) => s.indicator));
	return {
		theme,
		themes: themes.map((t) => ({ id: t.id, label: t.label })),
		territoryName: territory.name,
		departementName: territory.departement.name,
		generatedAt: snapshot.generatedAt,
		territory: [...codes],
		names,
		chapters,
		geometry: svgGeometry(communes, files.outline),
		values: Object.fromEntries(ids.map((id) => [id, territoryOnly(snapshot, id, codes)])),
		small: Object.fromEntries(
			ids.map((id) => {
				const v = snapshot.indicators[id];
				return [id, v ? smallDenominatorCodes(v, codes) : []];
			})
		),
		rare: Object.fromEntries(
			ids.map((id) => {
				const v = snapshot.indicators[id];
				const ind = catalogue.find((i) => i.id === id);
				return [id, v && ind ? rareEventCodes(ind, v, codes) : []];
			})
		)
	};
}
