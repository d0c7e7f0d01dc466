/**
 * From a file's rows to one number per commune, with a report of every row left out. Nothing is
 * guessed: a commune that cannot be matched, a value that is not a number, a negative count or a
 * commune given twice in a one-row-per-commune file is listed with its reason, and the valid rows
 * are kept.
 */
import type { CommuneMatcher } from '$lib/features/workshops/communes';
import type { RejectedRow } from '$lib/features/workshops/import/report';
import { readNumberCell } from '$lib/io/french-number';
import { formatNumber } from '$lib/format/number';
import type { DatasetSettings, StoredDataset } from './model';

export type { RejectedRow };

/** A table of text cells, as the workshop import's reading layer gives it. */
export interface TextTable {
	headers: string[];
	rows: { line: number; cells: string[] }[];
}

/** What the rows give. `error` is set when nothing can be read (a missing column). */
export interface Aggregated {
	counts: StoredDataset['counts'];
	secret: string[];
	/** Communes with a row left out for its numbers or as a duplicate: their value is unknown. */
	refused: string[];
	kept: StoredDataset['table']['rows'];
	rejected: RejectedRow[];
	notes: string[];
	error: string | null;
}

/** The communes of the file's scope. */
export interface CommuneScope {
	/** Resolves names and codes over the covered communes (others as « outside »). */
	matcher: CommuneMatcher;
	/** Codes the file speaks for: an absent one has 0 items, or no value. */
	covered: readonly string[];
	/** Display name of the scope (« l'Agglomération », « le Gard »). */
	name: string;
}

/** The column headers a measure reads, besides the commune. */
export function measureColumns(settings: DatasetSettings): string[] {
	const m = settings.measure;
	if (m.kind === 'sum' || m.kind === 'value') return [m.column];
	if (m.kind === 'rate') return [m.numerator, m.denominator];
	return [];
}

const q = (s: string) => `« ${s} »`;

/** Why a commune cell does not give a commune of the scope, or its code. */
function communeOf(
	cell: string,
	scope: CommuneScope
): { code: string; former?: string; nom: string } | { reason: string } {
	if (!cell.trim()) return { reason: 'commune manquante' };
	const m = scope.matcher.resolve(cell);
	if (m.status === 'ok') return m;
	const names = m.suggestions.map((s) => s.nom).join(', ');
	if (m.status === 'ambiguous') {
		if (m.mismatch)
			return {
				reason: `${q(cell)} : le code désigne ${m.mismatch.nom} et le nom une autre commune ; corrigez le fichier`
			};
		return {
			reason: `${q(cell)} : plusieurs communes possibles (${names}) ; précisez le nom ou le code`
		};
	}
	if (m.outside) return { reason: `${q(cell)} : commune hors de ${scope.name} (${m.outside.nom})` };
	return {
		reason: names
			? `commune inconnue ${q(cell)} (vouliez-vous dire ${names} ?)`
			: `commune inconnue ${q(cell)} dans ${scope.name}`
	};
}

type Cell = { value: number } | { secret: true } | { empty: true } | { reason: string };

/** One numeric cell: a number, a secret, empty, or why it is refused. */
function numberIn(cells: string[], index: number, header: string, count: boolean): Cell {
	const c = readNumberCell(cells[index] ?? '');
	if (c.kind === 'secret') return { secret: true };
	if (c.kind === 'empty') return { empty: true };
	if (c.kind === 'invalid') return { reason: `${q(header)} : ${q(c.text)} n’est pas un nombre` };
	if (count && c.value < 0)
		return { reason: `${q(header)} : effectif négatif (${formatNumber(c.value, 0)})` };
	return { value: c.value };
}

/** Reads the rows into per-commune numbers; see the module comment. */
export function aggregateRows(
	table: TextTable,
	settings: DatasetSettings,
	scope: CommuneScope
): Aggregated {
	const out: Aggregated = {
		counts: { n: {}, d: {} },
		secret: [],
		refused: [],
		kept: [],
		rejected: [],
		notes: [],
		error: null
	};
	const wanted = [settings.communeColumn, ...measureColumns(settings)];
	const missing = wanted.filter((h) => !table.headers.includes(h));
	if (missing.length) {
		out.error = `Colonne${missing.length > 1 ? 's' : ''} absente${missing.length > 1 ? 's' : ''} du fichier : ${missing.map(q).join(', ')}. Choisissez une colonne présente (colonnes du fichier : ${table.headers.map(q).join(', ')}).`;
		return out;
	}
	const at = (h: string) => table.headers.indexOf(h);
	const m = settings.measure;
	const communeAt = at(settings.communeColumn);
	const folded = new Map<string, string>();
	const secret = new Set<string>();
	const incomplete = new Set<string>();
	// A row of a known commune left out (a word for a number, the commune twice): that commune's
	// value is unknown, never the sum of its other rows nor 0.
	const refused = new Set<string>();
	const seen = new Map<string, number[]>();
	const perRow: { line: number; code: string; cells: string[]; n: Cell; d: Cell | null }[] = [];

	for (const { line, cells } of table.rows) {
		const commune = communeOf(cells[communeAt] ?? '', scope);
		const reasons: string[] = [];
		if ('reason' in commune) reasons.push(commune.reason);
		let n: Cell = { value: 1 };
		let d: Cell | null = null;
		if (m.kind === 'sum') n = numberIn(cells, at(m.column), m.column, true);
		if (m.kind === 'value') n = numberIn(cells, at(m.column), m.column, m.additive);
		if (m.kind === 'rate') {
			n = numberIn(cells, at(m.numerator), m.numerator, true);
			d = numberIn(cells, at(m.denominator), m.denominator, true);
		}
		for (const c of [n, d]) if (c && 'reason' in c) reasons.push(c.reason);
		if (reasons.length || 'reason' in commune) {
			out.rejected.push({ line, cells, reasons });
			if (!('reason' in commune)) refused.add(commune.code);
			continue;
		}
		if (commune.former) folded.set(commune.former, commune.nom);
		seen.set(commune.code, [...(seen.get(commune.code) ?? []), line]);
		perRow.push({ line, code: commune.code, cells, n, d });
	}

	const perCommune = settings.shape !== 'items';
	for (const r of perRow) {
		const lines = seen.get(r.code) ?? [];
		if (perCommune && lines.length > 1) {
			const name = scope.matcher.resolve(r.code);
			const nom = name.status === 'ok' ? name.nom : r.code;
			out.rejected.push({
				line: r.line,
				cells: r.cells,
				reasons: [
					`${nom} figure sur plusieurs lignes (${lines.join(', ')}) : une seule ligne par commune est attendue, aucune n’est retenue`
				]
			});
			refused.add(r.code);
			continue;
		}
		out.kept.push({ code: r.code, cells: r.cells });
		if ('secret' in r.n || (r.d && 'secret' in r.d)) secret.add(r.code);
		else if ('empty' in r.n || (r.d && 'empty' in r.d)) incomplete.add(r.code);
		if (!('value' in r.n) || (r.d && !('value' in r.d))) continue;
		out.counts.n[r.code] = (out.counts.n[r.code] ?? 0) + r.n.value;
		if (r.d && 'value' in r.d) out.counts.d[r.code] = r.d.value;
	}

	// An item whose value is unknown leaves its commune's total unknown: never a partial sum.
	for (const code of secret) refused.delete(code);
	for (const code of [...secret, ...incomplete, ...refused]) {
		delete out.counts.n[code];
		delete out.counts.d[code];
	}
	if (settings.shape === 'items')
		for (const code of scope.covered)
			if (
				!(code in out.counts.n) &&
				!secret.has(code) &&
				!incomplete.has(code) &&
				!refused.has(code)
			)
				out.counts.n[code] = 0;
	out.secret = [...secret].sort();
	out.refused = [...refused].sort();
	out.rejected.sort((a, b) => a.line - b.line);
	for (const [former, nom] of folded)
		out.notes.push(`${q(former)} est une ancienne commune : ses lignes sont comptées dans ${nom}.`);
	if (secret.size)
		out.notes.push(
			`${secret.size} commune${secret.size > 1 ? 's' : ''} au secret dans le fichier : valeur non diffusée (n.d.), jamais 0.`
		);
	if (refused.size)
		out.notes.push(
			`${refused.size} commune${refused.size > 1 ? 's' : ''} dont une ligne est rejetée : valeur inconnue (n.d., « ligne rejetée à l’import »), jamais une somme partielle ni 0.`
		);
	if (incomplete.size)
		out.notes.push(
			`${incomplete.size} commune${incomplete.size > 1 ? 's' : ''} avec une valeur vide : non renseignée${incomplete.size > 1 ? 's' : ''} (n.d.), jamais 0.`
		);
	return out;
}
