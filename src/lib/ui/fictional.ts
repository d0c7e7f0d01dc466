/** What a counting page says when stored problems are marked « exemple fictif ». */
import { formatNumber } from '$lib/format/number';

/**
 * « 2 problématiques enregistrées dans ce navigateur sont marquées « exemple fictif » … »: an
 * export of the example imported stores them, and they are counted with the user's own.
 */
export function fictionalStoredText(n: number): string {
	return n === 1
		? '1 problématique enregistrée dans ce navigateur est marquée « exemple fictif » et comptée avec les autres : supprimez-la dans « Ateliers » pour ne compter que celles des forums.'
		: `${formatNumber(n, 0)} problématiques enregistrées dans ce navigateur sont marquées « exemple fictif » et comptées avec les autres : supprimez-les dans « Ateliers » pour ne compter que celles des forums.`;
}
