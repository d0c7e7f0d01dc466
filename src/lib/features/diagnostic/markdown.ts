/** The diagnostic as editable Markdown: the very sentences the page shows, with their sources. */
import { GAP_ROUNDING } from '$lib/format/gap';
import { fictionalStoredText } from '$lib/ui/fictional';
import type { Chapter } from './chapter';
import type { ChapterWorkshops } from './workshops';

/** What the document says about itself. */
export interface DocumentMeta {
	territoryName: string;
	/** French date of the document (« 30 novembre 2026 »). */
	date: string;
	/** Each theme's workshop part (null while not counted: the section says so). */
	workshops?: Record<string, ChapterWorkshops> | null;
	/** True while the problems are the fictional example set. */
	example?: boolean;
	/** Stored problems marked « exemple fictif », counted with the user's own. */
	fictionalStored?: number;
}

/** The gaps of a chapter as Markdown lines. */
function gapLines(c: Chapter, h: string): string[] {
	if (!c.note && !c.missing.length) return [];
	const lines = ['', `${h} Ce que les données ouvertes ne mesurent pas`, ''];
	if (c.note) lines.push(c.note, '');
	for (const m of c.missing) lines.push(`- **${m.label}** : ${m.reason}`);
	return lines;
}

/** Where needs concentrate, as Markdown lines. */
function concentrationLines(c: Chapter, h: string): string[] {
	const x = c.concentration;
	if (!x) return [];
	const lines = [`${h} Où les besoins se concentrent`, '', x.headline, ''];
	if (x.components.length) lines.push(`Indice de besoins : ${x.components.join(' ; ')}.`, '');
	if (x.clusters) lines.push(x.clusters, '');
	for (const k of x.caveats) lines.push(`- **${k.title}** : ${k.text}`);
	return x.caveats.length ? [...lines, ''] : lines;
}

/** What the workshops raised and the silent needs, as Markdown lines. */
function workshopLines(c: Chapter, h: string, meta: DocumentMeta): string[] {
	const lines = [`${h} Ce que les ateliers ont soulevé`, ''];
	const w = meta.workshops?.[c.theme];
	if (!w) return [...lines, '_Non compté : problématiques des ateliers non chargées._', ''];
	if (meta.example)
		lines.push('**Exemple fictif** : problématiques d’exemple livrées avec l’atlas.', '');
	else if (meta.fictionalStored)
		lines.push(`**Exemple fictif** : ${fictionalStoredText(meta.fictionalStored)}`, '');
	lines.push(w.summary, '', `${h}# Besoins silencieux`, '');
	if (!w.crossings.length) lines.push('Aucun besoin silencieux ni exprimé peu mesuré.');
	for (const s of w.crossings) lines.push(`- ${s}`);
	return [...lines, ''];
}

/** One chapter: its heading (several themes), its sentences with sources, then the other parts. */
function chapterMarkdown(c: Chapter, several: boolean, meta: DocumentMeta): string[] {
	const h = several ? '###' : '##';
	const lines = several ? [`## ${c.label}`, ''] : [];
	lines.push(`${h} Indicateurs clés`, '');
	if (!c.sentences.length) lines.push('Aucun indicateur par commune pour ce thème.', '');
	for (const s of c.sentences) lines.push(`${s.text} _(Source : ${s.source}.)_`, '');
	return [
		...lines,
		...concentrationLines(c, h),
		...workshopLines(c, h, meta),
		...gapLines(c, h),
		''
	];
}

/** The document: title, then each chapter, then how to read it. */
export function diagnosticMarkdown(chapters: readonly Chapter[], meta: DocumentMeta): string {
	const several = chapters.length !== 1;
	const title = several
		? '# Diagnostic partagé — tous les thèmes'
		: `# Diagnostic partagé — ${chapters[0]!.label}`;
	return [
		title,
		'',
		`${meta.territoryName} · Atlas des besoins · document du ${meta.date}.`,
		'',
		...chapters.flatMap((c) => chapterMarkdown(c, several, meta)),
		'---',
		'',
		`Taux de l’Agglomération et du département recalculés à partir des effectifs additionnés des communes. Phrases générées à partir des chiffres, sans interprétation. ${GAP_ROUNDING}`,
		''
	].join('\n');
}
