/** The communes a file speaks for, and the matcher that reads its commune column over them. */
import { createCommuneMatcher, type CommuneRef } from '$lib/features/workshops/communes';
import { loadCommuneRefs, loadOutsideCommunes } from '$lib/features/workshops/commune-refs';
import type { CommuneScope } from './aggregate';
import type { Coverage } from './model';

/** The territory's and the rest of the département's communes (fetched once). */
export interface CommuneLists {
	territory: CommuneRef[];
	outside: CommuneRef[];
}

export async function loadCommuneLists(): Promise<CommuneLists> {
	const [territory, outside] = await Promise.all([loadCommuneRefs(), loadOutsideCommunes()]);
	return { territory, outside };
}

/** The scope of a file covering the territory, or the whole département. */
export function communeScope(lists: CommuneLists, coverage: Coverage): CommuneScope {
	if (coverage === 'territory')
		return {
			matcher: createCommuneMatcher(lists.territory, lists.outside),
			covered: lists.territory.map((c) => c.code),
			name: 'l’Agglomération'
		};
	const all = [...lists.territory, ...lists.outside];
	return { matcher: createCommuneMatcher(all), covered: all.map((c) => c.code), name: 'le Gard' };
}
