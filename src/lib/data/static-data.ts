/**
 * The files written by the data pipeline into `static/data/`, fetched by the page.
 * The first map needs only the small ones (territory, snapshot, contours); DuckDB comes later.
 */
import type { FeatureCollection } from 'geojson';
import { resolve } from '$app/paths';
import type { Snapshot, TerritoryInfo } from '$lib/indicators/types';
import { distanceOriginOf, type DistanceOrigin } from '$lib/indicators/distance-origin';

/** URL of a pipeline output, under the site's base path. */
export function dataUrl(name: string): string {
	return `${resolve('/')}data/${name}`;
}

/** The site's base path without a trailing slash ('' at the root). */
export function basePath(): string {
	return resolve('/').replace(/\/$/, '');
}

/** Everything the first paint needs. */
export interface AtlasData {
	territory: TerritoryInfo;
	snapshot: Snapshot;
	communes: FeatureCollection;
	outline: FeatureCollection;
	/** Commune name by INSEE code, for the whole département. */
	names: Record<string, string>;
	/** Where each commune's distances start from (absent from a layer built before it existed). */
	origins: Record<string, DistanceOrigin>;
}

/** A pipeline output's JSON; a French error, saying what to do, when it cannot be fetched. */
export async function getJson<T>(name: string): Promise<T> {
	const res = await fetch(dataUrl(name));
	if (!res.ok) {
		throw new Error(
			`Le fichier de données « ${name} » est introuvable (${res.status}). Lancez « npm run data » puis rechargez la page.`
		);
	}
	return (await res.json()) as T;
}

/** Fetches the four first-paint files in parallel. */
export async function loadAtlasData(): Promise<AtlasData> {
	const [territory, snapshot, communes, outline] = await Promise.all([
		getJson<TerritoryInfo>('territory.json'),
		getJson<Snapshot>('snapshot.json'),
		getJson<FeatureCollection>('communes.geojson'),
		getJson<FeatureCollection>('territory-outline.geojson')
	]);
	const names: Record<string, string> = {};
	const origins: Record<string, DistanceOrigin> = {};
	for (const f of communes.features) {
		const p = f.properties as { code: string; nom: string };
		names[p.code] = p.nom;
		const o = distanceOriginOf(f.properties);
		if (o) origins[p.code] = o;
	}
	return { territory, snapshot, communes, outline, names, origins };
}
