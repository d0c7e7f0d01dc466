/**
 * The diagnostic's server part, run when the site is prerendered: reads the pipeline's files
 * once, and builds each page's document with the LISA computed here (the worker's own handler).
 */
import { error } from '@sveltejs/kit';
import type { FeatureCollection } from 'geojson';
import { builtInThemeEntries } from '$lib/core/catalogue-registry.svelte';
import { lisaHere } from '$lib/features/concentrations/run-stats';
import { indicators } from '$lib/indicators/catalogue';
import type { Snapshot, TerritoryInfo } from '$lib/indicators/types';
import { buildDiagnostic, type DiagnosticDoc, type DiagnosticFiles } from './document';
import { ALL_THEMES } from './view';

type Fetch = typeof fetch;
let files: Promise<DiagnosticFiles> | null = null;

async function json<T>(fetch: Fetch, url: string): Promise<T> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`${url} : ${res.status} (lancez « npm run data »)`);
	return (await res.json()) as T;
}

/** The four files, read once for every page. */
function readFiles(fetch: Fetch, base: string): Promise<DiagnosticFiles> {
	files ??= Promise.all([
		json<TerritoryInfo>(fetch, `${base}territory.json`),
		json<Snapshot>(fetch, `${base}snapshot.json`),
		json<FeatureCollection>(fetch, `${base}communes.geojson`),
		json<FeatureCollection>(fetch, `${base}territory-outline.geojson`)
	])
		.then(([territory, snapshot, communes, outline]) => ({
			territory,
			snapshot,
			communes,
			outline
		}))
		.catch((e: unknown) => {
			files = null;
			throw e;
		});
	return files;
}

/** Every page's theme: each CTG theme, and the whole document. */
export function diagnosticThemes(): string[] {
	return [...builtInThemeEntries().map((t) => t.id), ALL_THEMES];
}

/** The document of `theme`; an unknown theme gives the French « Page introuvable ». */
export async function loadDiagnostic(
	theme: string,
	fetch: Fetch,
	dataBase: string
): Promise<DiagnosticDoc> {
	if (!diagnosticThemes().includes(theme))
		error(404, `Aucun thème du diagnostic ne s’appelle « ${theme} ».`);
	const f = await readFiles(fetch, dataBase);
	return buildDiagnostic(theme, f, indicators, builtInThemeEntries(), lisaHere);
}
