/** French report lines about the header row: merged, unused and duplicated columns, proposals. */
import { normalizeText } from '../normalize';
import { FIELDS, type FieldSpec } from './fields';
import type { HeaderReading } from './headers';
import { issue, type ImportIssue } from './report';

/** Headers the atlas knows but has no field for: said plainly, never dropped silently. */
const NO_FIELD: Record<string, string> = {
	source: 'la source',
	sources: 'la source',
	commentaire: 'les commentaires',
	commentaires: 'les commentaires',
	remarque: 'les remarques',
	remarques: 'les remarques',
	observations: 'les observations'
};

/** « « Animateur » (colonne 6) », or « colonne 7 (sans nom) ». */
export function columnName(headers: readonly string[], i: number): string {
	const h = headers[i]?.trim();
	return h ? `« ${h} » (colonne ${i + 1})` : `colonne ${i + 1} (sans nom)`;
}

const joinAnd = (items: readonly string[]) =>
	items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;

const columnNumbers = (columns: readonly number[]) => joinAnd(columns.map((i) => String(i + 1)));

/** Report lines (on the header's line) for merged and unused columns. */
export function headerIssues(
	reading: HeaderReading,
	headers: readonly string[],
	line: number
): ImportIssue[] {
	const issues: ImportIssue[] = [];
	for (const [id, more] of Object.entries(reading.merged)) {
		const field = FIELDS.find((f) => f.id === id) as FieldSpec;
		const columns = [reading.mapping[field.id] as number, ...more];
		issues.push(
			issue(
				line,
				'warning',
				`${columns.length} colonnes « ${field.label} » (colonnes ${columnNumbers(columns)}) : leurs valeurs sont réunies`
			)
		);
	}
	const unknown: string[] = [];
	for (const i of reading.unused) {
		const what = NO_FIELD[normalizeText(headers[i] ?? '')];
		if (what)
			issues.push(
				issue(
					line,
					'warning',
					`colonne ${columnName(headers, i)} non importée : l’atlas n’enregistre pas ${what} d’une problématique. Gardez le fichier d’origine pour conserver cette information`
				)
			);
		else unknown.push(columnName(headers, i));
	}
	if (unknown.length)
		issues.push(
			issue(
				line,
				'warning',
				`${unknown.length > 1 ? 'colonnes' : 'colonne'} ${joinAnd(unknown)} non ${unknown.length > 1 ? 'importées' : 'importée'} : aucun champ de l’atlas ne porte ce nom. Pour en lire une dans un champ, choisissez « Associer les colonnes »`
			)
		);
	return issues;
}

/** The mapping step's explanation: missing columns, duplicates to choose from, proposals. */
export function mappingMessage(
	missing: readonly FieldSpec[],
	reading: HeaderReading,
	headers: readonly string[]
): string {
	const parts: string[] = [];
	if (missing.length)
		parts.push(
			`Colonnes à associer : ${missing.map((f) => `« ${f.label} »`).join(', ')}. Indiquez quelle colonne du fichier correspond à chacune.`
		);
	for (const d of reading.duplicates)
		parts.push(
			`${d.columns.length} colonnes portent le nom « ${d.field.label} » (colonnes ${columnNumbers(d.columns)}) : choisissez celle à lire, l’autre ne sera pas importée.`
		);
	if (reading.proposals.length)
		parts.push(
			`Colonnes reconnues d’après une abréviation, à vérifier : ${reading.proposals.map((p) => `${columnName(headers, p.column)} → « ${p.field.label} »`).join(', ')}. Si c’est juste, lisez le fichier avec ces colonnes.`
		);
	return parts.join(' ');
}
