/**
 * The commune portrait, prerendered for every commune of the territory: its key indicators and
 * its small map are computed at build time from the pipeline's files, so the page reads (and
 * prints) without JavaScript. An unknown code gives the French « Page introuvable ».
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { error } from '@sveltejs/kit';
import type { FeatureCollection } from 'geojson';
import { indicators } from '$lib/indicators/catalogue';
import { distanceOriginOf } from '$lib/indicators/distance-origin';
import type { Snapshot, TerritoryInfo } from '$lib/indicators/types';
import { portraitMap } from '$lib/features/portrait/portrait-map';
import { compactRows, portraitRows } from '$lib/features/portrait/portrait-data';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every commune of the territory, read from the pipeline's output (`npm run data`). */
export const entries: EntryGenerator = async () => {
	const file = join(process.cwd(), 'static', 'data', 'territory.json');
	const territory = JSON.parse(await readFile(file, 'utf8')) as TerritoryInfo;
	// A former commune's code (merged since): its own page says where its portrait now is.
	const former = (territory.formerCommunes ?? []).map((f) => f.code);
	return [...territory.communes, ...former].map((code) => ({ code }));
};

type Fetch = typeof fetch;
/** Per commune, the ids of the services its distances measure to (`nearest-services.json`). */
type Nearest = Record<string, Record<string, string>>;
let files: Promise<
	[TerritoryInfo, Snapshot, FeatureCollection, FeatureCollection, Nearest]
> | null = null;

async function json<T>(fetch: Fetch, url: string): Promise<T> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`${url} : ${res.status} (lancez « npm run data »)`);
	return (await res.json()) as T;
}

/** The five files, read once for the 71 pages. */
function readFiles(fetch: Fetch, base: string) {
	files ??= Promise.all([
		json<TerritoryInfo>(fetch, `${base}territory.json`),
		json<Snapshot>(fetch, `${base}snapshot.json`),
		json<FeatureCollection>(fetch, `${base}communes.geojson`),
		json<FeatureCollection>(fetch, `${base}services.geojson`),
		json<Nearest>(fetch, `${base}nearest-services.json`)
	]).catch((e: unknown) => {
		files = null;
		throw e;
	});
	return files;
}

export const load: PageServerLoad = async ({ params, fetch, url }) => {
	const base = new URL('../../data/', url).pathname;
	const [territory, snapshot, communes, services, nearest] = await readFiles(fetch, base);
	const { code } = params;
	const former = territory.formerCommunes?.find(
		(f) => f.code === code && territory.communes.includes(f.into)
	);
	if (former) {
		const into = communes.features.find((f) => f.properties?.code === former.into)?.properties;
		return {
			merged: {
				...former,
				intoName: typeof into?.nom === 'string' ? into.nom : former.into
			}
		};
	}
	if (!territory.communes.includes(code))
		error(404, `Aucune commune de ${territory.name} n’a le code ${code}.`);
	const props = communes.features.find((f) => f.properties?.code === code)?.properties ?? null;
	return {
		merged: null,
		code,
		name: typeof props?.nom === 'string' ? props.nom : code,
		territoryName: territory.name,
		departementName: territory.departement.name,
		rows: compactRows(await portraitRows(code, indicators, territory.communes, snapshot)),
		map: portraitMap(code, communes, services, Object.values(nearest[code] ?? {})),
		origin: distanceOriginOf(props),
		generatedAt: snapshot.generatedAt
	};
};
