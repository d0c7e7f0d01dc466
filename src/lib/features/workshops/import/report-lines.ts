/**
 * The report's lists count lines, not reasons: a line with four faults is one line rejected,
 * shown once with its four reasons (« Ligne 5 : description vide ; thème « sport » inconnu… »).
 */
import type { ImportIssue, IssueSeverity } from './report';

/** « Ligne 12 : » or « Entrée 3 : » (a JSON backup's entries). */
const PREFIX = /^(?:Ligne|Entrée) \d+ : /;

/**
 * One French sentence per line of the given severity, in the order the lines first appear;
 * `leaveOut` lines are skipped (a rejected line is not also « gardée avec une remarque »).
 */
export function issuesByLine(
	issues: readonly ImportIssue[],
	severity: IssueSeverity,
	leaveOut: ReadonlySet<number> = new Set()
): string[] {
	const byLine = new Map<number, string[]>();
	for (const i of issues) {
		if (i.severity !== severity || leaveOut.has(i.line)) continue;
		const said = byLine.get(i.line);
		if (!said) byLine.set(i.line, [i.message]);
		else if (PREFIX.test(i.message)) said.push(i.message.replace(PREFIX, ''));
		else said.push(i.message);
	}
	return [...byLine.values()].map((said) => said.join(' ; '));
}

/** The lines with at least one issue of that severity. */
export function linesWith(issues: readonly ImportIssue[], severity: IssueSeverity): Set<number> {
	return new Set(issues.filter((i) => i.severity === severity).map((i) => i.line));
}
