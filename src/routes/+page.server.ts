import { boundsOf } from '$lib/map/bounds';
import type { FeatureCollection } from 'geojson';
import type { PageServerLoad } from './$types';

/**
 * The territory's box, read at build time: the page creates its map with it at once, without
 * waiting for the data files (four numbers in the HTML, not the outline's 15 kB).
 */
export const load: PageServerLoad = async ({ fetch }) => {
	const res = await fetch('/data/territory-outline.geojson');
	return { bounds: res.ok ? boundsOf((await res.json()) as FeatureCollection) : null };
};
