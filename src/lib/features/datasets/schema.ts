/**
 * The check every dataset read back from storage or from a package file goes through: a record
 * that does not pass is never used (and never erased: it is reported).
 */
import * as v from 'valibot';
import type { StoredDataset } from './model';

const ID = /^u_[a-z0-9_]{1,40}$/;
const CODE = /^(?:\d{5}|2[AB]\d{3})$/;
const finite = v.pipe(v.number(), v.finite());
const counts = v.record(v.pipe(v.string(), v.regex(CODE)), finite);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const per = v.nullable(v.picklist(['habitants', 'enfants', 'jeunes']));

const measure = v.variant('kind', [
	v.object({ kind: v.literal('count'), per }),
	v.object({ kind: v.literal('sum'), column: text(200), per }),
	v.object({ kind: v.literal('value'), column: text(200), additive: v.boolean() }),
	v.object({
		kind: v.literal('rate'),
		numerator: text(200),
		denominator: text(200),
		scale: v.picklist([100, 1000])
	})
]);

const maybe = v.nullable(finite);
const reason = v.picklist(['secret', 'non_publie', 'fusion', 'denominateur_nul', 'rejete']);
const aggregate = v.object({
	value: maybe,
	numerator: maybe,
	denominator: maybe,
	missing: v.nullable(reason),
	covered: finite,
	total: finite
});
const code = v.pipe(v.string(), v.regex(CODE));
const computed = v.object({
	basis: v.string(),
	values: v.object({
		values: v.record(code, maybe),
		counts: v.record(code, v.tuple([maybe, maybe])),
		missing: v.record(code, reason),
		territory: aggregate,
		departement: aggregate
	})
});

const schema = v.object({
	format: v.literal('atlas-jeu-de-donnees'),
	version: v.literal(1),
	id: v.pipe(v.string(), v.regex(ID)),
	fileName: text(300),
	importedAt: v.pipe(v.string(), v.isoTimestamp()),
	settings: v.object({
		shape: v.picklist(['items', 'communes', 'rate']),
		communeColumn: text(200),
		coverage: v.picklist(['territory', 'departement']),
		measure
	}),
	description: v.object({
		label: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
		unit: text(60),
		theme: v.pipe(v.string(), v.regex(/^[a-z_]{2,40}$/)),
		polarity: v.picklist([1, -1, 0]),
		producer: text(200),
		year: text(40),
		definition: text(1000),
		caveat: text(1000),
		digits: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3))
	}),
	counts: v.object({ n: counts, d: counts }),
	secret: v.array(v.pipe(v.string(), v.regex(CODE))),
	// Absent from datasets stored before it existed: none known.
	refused: v.optional(v.array(v.pipe(v.string(), v.regex(CODE)))),
	table: v.object({
		headers: v.array(v.string()),
		rows: v.array(v.object({ code: v.pipe(v.string(), v.regex(CODE)), cells: v.array(v.string()) }))
	}),
	report: v.array(v.string()),
	computed: v.optional(computed)
});

/** A stored or packaged dataset, checked; or why it cannot be used, in French. */
export function checkDataset(
	value: unknown
): { ok: true; dataset: StoredDataset } | { ok: false; reason: string } {
	const r = v.safeParse(schema, value);
	if (r.success) return { ok: true, dataset: r.output as StoredDataset };
	const first = r.issues[0];
	const path = first ? v.getDotPath(first) : null;
	return {
		ok: false,
		reason: `contenu non conforme${path ? ` (champ « ${path} »)` : ''}`
	};
}
