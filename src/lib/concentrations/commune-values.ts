/** Fetches `commune_values.csv` (raw counts) from the site, for empirical Bayes smoothing. */
import type { ColumnRow } from '$lib/indicators/compute';
import { dataUrl } from '$lib/data/static-data';
import { parseCommuneValues } from './eb-inputs';

/** Rows of `commune_values.csv` by commune code; the error says what to do when it is missing. */
export async function fetchCommuneValues(): Promise<Record<string, ColumnRow>> {
	const res = await fetch(dataUrl('commune_values.csv'));
	if (!res.ok) {
		throw new Error(
			`Le fichier « commune_values.csv » est introuvable (${res.status}) : lancez « npm run data » puis rechargez la page.`
		);
	}
	return parseCommuneValues(await res.text());
}
