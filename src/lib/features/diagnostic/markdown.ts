/** The diagnostic as editable Markdown: the very sentences the page shows, with their sources. */
import type { Chapter } from './chapter';

/** What the document says about itself. */
export interface DocumentMeta {
	territoryName: string;
	/** French date of the document (« 30 novembre 2026 »). */
	date: string;
}

/** The gaps of a chapter as Markdown lines. */
function gapLines(c: Chapter): string[] {
	if (!c.note && !c.missing.length) return [];
	const lines = ['', '### Ce que les données ouvertes ne mesurent pas', ''];
	if (c.note) lines.push(c.note, '');
	for (const m of c.missing) lines.push(`- **${m.label}** : ${m.reason}`);
	return lines;
}

/** One chapter: its heading, one paragraph per sentence with its source, then the gaps. */
function chapterMarkdown(c: Chapter): string[] {
	const lines = [`## ${c.label}`, ''];
	if (!c.sentences.length) lines.push('Aucun indicateur par commune pour ce thème.');
	for (const s of c.sentences) lines.push(`${s.text} _(Source : ${s.source}.)_`, '');
	return [...lines, ...gapLines(c), ''];
}

/** The document: title, then each chapter, then how to read it. */
export function diagnosticMarkdown(chapters: readonly Chapter[], meta: DocumentMeta): string {
	const title =
		chapters.length === 1
			? `# Diagnostic partagé — ${chapters[0]!.label}`
			: '# Diagnostic partagé — tous les thèmes';
	return [
		title,
		'',
		`${meta.territoryName} · Atlas des besoins · document du ${meta.date}.`,
		'',
		...chapters.flatMap(chapterMarkdown),
		'---',
		'',
		'Taux de l’Agglomération et du département recalculés à partir des effectifs additionnés des communes. Phrases générées à partir des chiffres, sans interprétation.',
		''
	].join('\n');
}
