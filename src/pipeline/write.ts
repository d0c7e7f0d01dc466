/** Serialising the outputs and replacing the output directory atomically. */
import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { CommuneValues } from './cog';
import type { ServicePoint } from './sources/points';

/** A number written plainly: dot decimal, full precision, never exponent notation; NULL → ''. */
export function formatNumber(v: number | null | undefined): string {
	if (v === null || v === undefined || !Number.isFinite(v)) return '';
	const s = String(v);
	if (!/e/i.test(s)) return s;
	// Tiny or huge values: expand the exponent so DuckDB and spreadsheets read the same number.
	return v.toFixed(20).replace(/\.?0+$/, '');
}

function csvCell(s: string): string {
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** `commune_values.csv`: code, nom, in_territory, the numeric columns, ref_point_kind. */
export function communeValuesCsv(
	codes: string[],
	names: ReadonlyMap<string, string>,
	members: ReadonlySet<string>,
	columns: string[],
	values: Map<string, CommuneValues>,
	refKinds: ReadonlyMap<string, string>
): string {
	const lines = [['code', 'nom', 'in_territory', ...columns, 'ref_point_kind'].join(',')];
	for (const code of codes) {
		const v = values.get(code) ?? {};
		lines.push(
			[
				code,
				csvCell(names.get(code) ?? ''),
				members.has(code) ? '1' : '0',
				...columns.map((c) => formatNumber(v[c])),
				refKinds.get(code) ?? ''
			].join(',')
		);
	}
	return lines.join('\n') + '\n';
}

/** `value_gaps.csv`: one row per NULL cell of `commune_values.csv` (code, column, reason). */
export function valueGapsCsv(gaps: ReadonlyMap<string, Record<string, string>>): string {
	const lines = ['code,column,reason'];
	for (const [code, why] of gaps) {
		for (const [column, reason] of Object.entries(why)) lines.push(`${code},${column},${reason}`);
	}
	return lines.join('\n') + '\n';
}

/** `services.geojson`: one Point per service, properties {id, kind, nom, code_commune, source}. */
export function servicesGeojson(points: ServicePoint[]): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: points.map(({ lon, lat, ...props }) => ({
			type: 'Feature',
			properties: props,
			geometry: { type: 'Point', coordinates: [Number(lon.toFixed(6)), Number(lat.toFixed(6))] }
		}))
	};
}

/**
 * Writes every file into a temporary sibling directory, then swaps it in with renames, so the
 * app never sees a partial dataset. On error the temporary directory is removed.
 */
export function writeAtomically(outDir: string, files: Record<string, string>): void {
	const parent = path.dirname(outDir);
	const base = path.basename(outDir);
	fs.mkdirSync(parent, { recursive: true });
	const tmp = fs.mkdtempSync(path.join(parent, `.${base}.tmp-`));
	const old = path.join(parent, `.${base}.old-${process.pid}`);
	try {
		for (const [name, content] of Object.entries(files)) {
			fs.writeFileSync(path.join(tmp, name), content);
		}
		const hadOld = fs.existsSync(outDir);
		if (hadOld) fs.renameSync(outDir, old);
		fs.renameSync(tmp, outDir);
		if (hadOld) fs.rmSync(old, { recursive: true, force: true });
	} catch (e) {
		fs.rmSync(tmp, { recursive: true, force: true });
		throw e;
	}
}
