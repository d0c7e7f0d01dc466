/** Defaults an import proposes: the commune column, the unit, the digits, the indicator id. */
import { normalizeText } from '$lib/features/workshops/normalize';
import { DENOMINATORS, type DatasetSettings, type Description } from './model';

/** The header that most looks like a commune code, else a commune name ('' when none). */
export function guessCommuneColumn(headers: readonly string[]): string {
	const keyed = headers.map((h) => ({ h, k: normalizeText(h) }));
	return (
		keyed.find((x) => /insee|code ?com|codgeo|depcom|^code$/.test(x.k))?.h ??
		keyed.find((x) => /commune|libcom|ville|localite/.test(x.k))?.h ??
		''
	);
}

/** An empty description (the user fills it in). */
export function defaultDescription(): Description {
	return {
		label: '',
		unit: '',
		theme: 'vie_associative',
		polarity: 0,
		producer: '',
		year: '',
		definition: '',
		caveat: '',
		digits: 1
	};
}

/** The unit and digits a measure implies, when the user leaves the unit empty. */
export function defaultUnit(settings: DatasetSettings): { unit: string; digits: number } {
	const m = settings.measure;
	if ((m.kind === 'count' || m.kind === 'sum') && m.per)
		return { unit: DENOMINATORS[m.per].unit, digits: 2 };
	if (m.kind === 'count') return { unit: 'éléments', digits: 0 };
	if (m.kind === 'rate') return { unit: m.scale === 100 ? '%' : '‰', digits: 1 };
	return { unit: '', digits: 1 };
}

/** The decimals the file's numbers are written with (at most 3): 1 234 → 0, 7,25 → 2. */
export function writtenDigits(values: Iterable<number>): number {
	let most = 0;
	for (const v of values) {
		if (!Number.isFinite(v)) continue;
		let d = 0;
		while (d < 3 && Math.abs(v * 10 ** d - Math.round(v * 10 ** d)) > 1e-9 * 10 ** d) d++;
		most = Math.max(most, d);
	}
	return most;
}

/**
 * The description as stored: trimmed, with the implied unit and digits. A commune's own value,
 * or the sum of a column, is shown with the decimals the file wrote (`values`): « 1 234 places »,
 * « 7,25 », never « 1 234,0 » nor « 7,3 ». Rates and values per inhabitant keep theirs.
 */
export function effectiveDescription(
	d: Description,
	settings: DatasetSettings,
	values: Iterable<number> = []
): Description {
	const implied = defaultUnit(settings);
	const m = settings.measure;
	const asWritten = m.kind === 'value' || (m.kind === 'sum' && !m.per);
	return {
		...d,
		label: d.label.trim(),
		unit: d.unit.trim() || implied.unit,
		digits: asWritten ? writtenDigits(values) : implied.digits,
		producer: d.producer.trim(),
		year: d.year.trim(),
		definition: d.definition.trim(),
		caveat: d.caveat.trim()
	};
}

/** `u_` and the label's words (« Places en crèche » → `u_places_en_creche`), unique among `taken`. */
export function newDatasetId(label: string, taken: readonly string[]): string {
	const slug =
		normalizeText(label)
			.replace(/[^a-z0-9]+/g, '_')
			.replace(/^_+|_+$/g, '')
			.slice(0, 30)
			.replace(/_+$/, '') || 'jeu';
	let id = `u_${slug}`;
	for (let k = 2; taken.includes(id); k++) id = `u_${slug}_${k}`;
	return id;
}
