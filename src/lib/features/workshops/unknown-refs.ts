/**
 * Stored problems that name what this atlas does not know: a theme, subject or public id absent
 * from the lists (built-in and added by hand), or a commune outside the territory. The store's
 * check cannot see these (it knows neither list); they are kept as written, and said.
 */
import { formatNumber } from '$lib/format/number';
import type { Problem } from './model';
import type { Taxonomy } from './taxonomy';

/** How many problems name something unknown, and up to three of those names. */
export function unknownRefs(
	problems: readonly Problem[],
	taxonomy: Taxonomy,
	communeCodes: ReadonlySet<string>
): { problems: number; examples: string[] } {
	const ids = (list: readonly { id: string }[]) => new Set(list.map((e) => e.id));
	const themes = ids(taxonomy.themes);
	const subjects = ids(taxonomy.subjects);
	const publics = ids(taxonomy.publics);
	const examples = new Set<string>();
	let count = 0;
	for (const p of problems) {
		const unknown = [
			...(themes.has(p.theme) ? [] : [p.theme]),
			...p.subjects.filter((s) => !subjects.has(s)),
			...p.publics.filter((s) => !publics.has(s)),
			...p.communes.filter((c) => !communeCodes.has(c))
		];
		if (!unknown.length) continue;
		count++;
		for (const u of unknown) if (examples.size < 3) examples.add(u);
	}
	return { problems: count, examples: [...examples] };
}

/** The French notice of /ateliers ('' when every name is known). */
export function unknownRefsNotice(found: {
	problems: number;
	examples: readonly string[];
}): string {
	if (found.problems === 0) return '';
	const names = found.examples.map((e) => `« ${e} »`).join(', ');
	const n = found.problems;
	const which = n === 1 ? '1 problématique nomme' : `${formatNumber(n, 0)} problématiques nomment`;
	const they = n === 1 ? 'elle est gardée telle quelle' : 'elles sont gardées telles quelles';
	return `${which} un thème, un sujet, un public ou une commune que l’atlas ne connaît pas (${names}) : ${they}, affichée${n === 1 ? '' : 's'} avec ces codes, et une commune hors du territoire n’est comptée nulle part sur les cartes. Modifiez-${n === 1 ? 'la' : 'les'} pour choisir dans les listes.`;
}
