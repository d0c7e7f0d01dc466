/**
 * The communes the user must choose after reading a file, one choice per distinct text: a file of
 * 25 000 lines naming the same ambiguous commune asks once (and the page draws one list, not
 * 25 000), the choice then applying to every line that wrote exactly that text. Nothing is
 * guessed: until the user chooses, each of those lines waits as before.
 */
import { formatNumber } from '$lib/format/number';
import type { PendingRow, UnresolvedCommune } from './report';

/** One text to resolve, and where it was written: the line and the place among its communes. */
export interface ChoiceGroup {
	input: string;
	match: UnresolvedCommune['match'];
	refs: { line: number; index: number }[];
}

/** The pending rows' unresolved communes, grouped by their exact text, in the file's order. */
export function groupChoices(pending: readonly PendingRow[]): ChoiceGroup[] {
	const groups = new Map<string, ChoiceGroup>();
	for (const row of pending)
		row.unresolved.forEach((u, index) => {
			let g = groups.get(u.input);
			if (!g) groups.set(u.input, (g = { input: u.input, match: u.match, refs: [] }));
			g.refs.push({ line: row.line, index });
		});
	return [...groups.values()];
}

/** « Ligne 3 », « Lignes 3 et 7 », « Lignes 3, 7, 12 et 2 497 autres ». */
export function linesLabel(refs: readonly { line: number }[]): string {
	const lines = [...new Set(refs.map((r) => r.line))];
	if (lines.length === 1) return `Ligne ${lines[0]}`;
	if (lines.length <= 3) return `Lignes ${lines.slice(0, -1).join(', ')} et ${lines.at(-1)}`;
	const more = lines.length - 3;
	return `Lignes ${lines.slice(0, 3).join(', ')} et ${formatNumber(more, 0)} autre${more > 1 ? 's' : ''}`;
}
