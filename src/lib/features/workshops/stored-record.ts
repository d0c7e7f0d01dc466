/**
 * Every record read from IndexedDB is checked here before the app uses it: the store may hold
 * anything (a record damaged by an older version, another app, a hand edit in the browser's
 * tools). Invalid records are set aside, never changed or deleted, and described in French.
 */
import * as v from 'valibot';
import type { StoredProblem } from './conflict';
import { RAISED_BY_IDS, STATUS_IDS, type Problem } from './model';
import { isCount, isIsoDate, MAX_COUNT_TEXT } from './validate';

const isoDate = v.pipe(
	v.string(),
	v.check(isIsoDate, 'une date AAAA-MM-JJ existante est attendue')
);
/** No value twice (a commune twice in one problem hid the problem from that commune's counts). */
const noRepeat = (list: readonly unknown[]): boolean =>
	list.length < 2 || new Set(list).size === list.length;
const stringList = v.pipe(
	v.array(v.string('une liste de textes est attendue')),
	v.check((list: string[]) => noRepeat(list), 'chaque valeur une seule fois est attendue')
);
const count = v.pipe(
	v.number(),
	v.check((n: number) => isCount(n), `un nombre entier de 1 à ${MAX_COUNT_TEXT} est attendu`)
);
/** When a problem was deleted: a date and time as the atlas writes them (ISO 8601). */
const isTimestamp = (x: unknown): x is string =>
	typeof x === 'string' && ISO_TIMESTAMP.test(x) && !Number.isNaN(Date.parse(x));
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const timestamp = v.pipe(
	v.string(),
	v.check((s: string) => isTimestamp(s), 'une date et heure AAAA-MM-JJTHH:MM:SSZ est attendue')
);

/** What a stored problem must look like; field names match `StoredProblem`. */
const StoredProblemSchema = v.pipe(
	v.object({
		id: v.pipe(v.string(), v.minLength(1, 'un identifiant non vide est attendu')),
		forum: v.object({
			date: isoDate,
			lieu: v.string(),
			numero: v.nullable(count)
		}),
		theme: v.pipe(v.string(), v.minLength(1, 'un thème est attendu')),
		subjects: stringList,
		publics: stringList,
		communes: stringList,
		wholeTerritory: v.boolean(),
		description: v.string(),
		weight: count,
		raisedBy: v.nullable(v.picklist(RAISED_BY_IDS)),
		status: v.picklist(STATUS_IDS),
		createdAt: timestamp,
		updatedAt: timestamp,
		example: v.boolean(),
		// Every write of the atlas gives 1 or more; 0 means « a new problem » to a save
		// (`decideSave`), so a record at 0 could not be edited as itself.
		revision: v.pipe(v.number(), v.integer(), v.minValue(1)),
		deletedAt: v.nullable(timestamp)
	}),
	v.check(
		(r) => r.wholeTerritory === (r.communes.length === 0),
		'soit « tout le territoire » sans commune, soit au moins une commune est attendu'
	)
);

/**
 * The shape of an entry of a JSON backup (the atlas's own export), before its values are checked
 * against the lists (validate.ts): a wrong type there (a forum « null », a theme given as a number)
 * would otherwise stop the reading. Identifier, dates and « exemple » may be absent: the import
 * then derives them as for a CSV line.
 */
const BackupEntrySchema = v.object({
	id: v.optional(v.pipe(v.string(), v.minLength(1, 'un identifiant non vide est attendu'))),
	forum: v.object({
		date: v.string(),
		lieu: v.string(),
		numero: v.optional(v.nullable(v.number()))
	}),
	theme: v.string(),
	subjects: v.array(v.string('une liste de textes est attendue')),
	publics: v.array(v.string('une liste de textes est attendue')),
	communes: v.array(v.string('une liste de textes est attendue')),
	wholeTerritory: v.boolean(),
	description: v.string(),
	weight: v.number(),
	raisedBy: v.optional(v.nullable(v.string())),
	status: v.string(),
	createdAt: v.optional(v.string()),
	updatedAt: v.optional(v.string()),
	example: v.optional(v.boolean())
});

const KNOWN_FIELDS = new Set([...Object.keys(BackupEntrySchema.entries), 'revision', 'deletedAt']);
const KNOWN_FORUM_FIELDS = new Set(Object.keys(BackupEntrySchema.entries.forum.entries));
const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The fields of a backup entry that the atlas does not know (« futureField », « forum.salle »):
 * they are not imported, and the import says so.
 */
export function unknownBackupFields(raw: unknown): string[] {
	if (!isRecord(raw)) return [];
	const out = Object.keys(raw).filter((k) => !KNOWN_FIELDS.has(k));
	if (isRecord(raw.forum))
		out.push(
			...Object.keys(raw.forum)
				.filter((k) => !KNOWN_FORUM_FIELDS.has(k))
				.map((k) => `forum.${k}`)
		);
	return out;
}

/** Why an entry of a JSON backup is not a problem the atlas wrote, in French ([] if it is). */
export function backupEntryReasons(raw: unknown): string[] {
	const parsed = v.safeParse(BackupEntrySchema, raw);
	return parsed.success ? [] : [...new Set(parsed.issues.map(reason))];
}

/**
 * Why a problem about to be written would be set aside when read back ([] if it would not): an
 * import never stores what the store's own check refuses.
 */
export function unstorableReasons(problem: Problem): string[] {
	const record = { ...problem, revision: 1, deletedAt: null };
	const checked = checkStoredRecord(record);
	return checked.ok ? [] : checked.invalid.reasons;
}

/** The schema's verdict alone (the reference `plainlyValid` is tested against). */
export const schemaAccepts = (raw: unknown): boolean =>
	v.safeParse(StoredProblemSchema, raw).success;

/** A record that failed the check: kept in the store untouched, shown and exportable. */
export interface InvalidRecord {
	/** Its id when it has a readable one, else its IndexedDB key as text. */
	key: string;
	/** French reasons, one per faulty field (« champ “forum.date” : … »). */
	reasons: string[];
	/** The record exactly as read, for the JSON export. */
	raw: unknown;
}

/** Stored records split into those the app can use and those it sets aside. */
export interface CheckedRecords {
	valid: StoredProblem[];
	invalid: InvalidRecord[];
}

/** French text of one schema issue: the field path and what was expected. */
function reason(issue: v.BaseIssue<unknown>): string {
	const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
	const where = path ? `champ « ${path} »` : 'enregistrement';
	if (issue.input === undefined) return `${where} : absent`;
	const custom = issue.type === 'check' || issue.type === 'min_length' ? issue.message : null;
	if (!path && custom) return `enregistrement : ${custom}`;
	return `${where} : ${custom ?? `valeur ${describe(issue.input)} non valable`}`;
}

function describe(value: unknown): string {
	if (value === null) return 'vide (null)';
	// Not JSON: NaN and Infinity would read « null »; a date object would read as a good date.
	if (typeof value === 'number') return String(value);
	if (value instanceof Date) return `${JSON.stringify(value)} (un objet date, pas un texte)`;
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const RAISED_BY = new Set<unknown>(RAISED_BY_IDS);
const STATUSES = new Set<unknown>(STATUS_IDS);
const isStringList = (x: unknown) =>
	Array.isArray(x) && x.every((s) => typeof s === 'string') && noRepeat(x);
const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The schema's test written out by hand, for the 100 000 records of a large store (valibot takes
 * about ten times longer). It never accepts what the schema refuses (it may refuse more): a record
 * it does not accept goes through the schema, which decides and gives the reasons.
 */
export function plainlyValid(raw: unknown): raw is StoredProblem {
	if (!isObject(raw) || !isObject(raw.forum)) return false;
	const { forum, revision } = raw;
	return (
		typeof raw.id === 'string' &&
		raw.id.length > 0 &&
		typeof forum.date === 'string' &&
		isIsoDate(forum.date) &&
		typeof forum.lieu === 'string' &&
		(forum.numero === null || isCount(forum.numero)) &&
		typeof raw.theme === 'string' &&
		raw.theme.length > 0 &&
		isStringList(raw.subjects) &&
		isStringList(raw.publics) &&
		isStringList(raw.communes) &&
		typeof raw.wholeTerritory === 'boolean' &&
		raw.wholeTerritory === ((raw.communes as unknown[]).length === 0) &&
		typeof raw.description === 'string' &&
		isCount(raw.weight) &&
		(raw.raisedBy === null || RAISED_BY.has(raw.raisedBy)) &&
		STATUSES.has(raw.status) &&
		isTimestamp(raw.createdAt) &&
		isTimestamp(raw.updatedAt) &&
		typeof raw.example === 'boolean' &&
		Number.isInteger(revision) &&
		(revision as number) >= 1 &&
		(raw.deletedAt === null || isTimestamp(raw.deletedAt))
	);
}

/** Checks one record read from the store. */
export function checkStoredRecord(
	raw: unknown,
	key?: IDBValidKey
): { ok: true; record: StoredProblem } | { ok: false; invalid: InvalidRecord } {
	if (plainlyValid(raw)) return { ok: true, record: raw };
	const parsed = v.safeParse(StoredProblemSchema, raw);
	// The record itself, not valibot's output: that would drop fields this version does not know.
	if (parsed.success) return { ok: true, record: raw as StoredProblem };
	const id = (raw as { id?: unknown } | null)?.id;
	const named = typeof id === 'string' && id ? id : key === undefined ? '' : String(key);
	const readable = named || '(sans identifiant)';
	const reasons = [...new Set(parsed.issues.map(reason))];
	return { ok: false, invalid: { key: readable, reasons, raw } };
}

/** Splits records read from the store; `keys` are their IndexedDB keys, in the same order. */
export function checkStoredRecords(
	raws: readonly unknown[],
	keys: readonly IDBValidKey[] = []
): CheckedRecords {
	const out: CheckedRecords = { valid: [], invalid: [] };
	raws.forEach((raw, i) => {
		const checked = checkStoredRecord(raw, keys[i]);
		if (checked.ok) out.valid.push(checked.record);
		else out.invalid.push(checked.invalid);
	});
	return out;
}

/**
 * The French summary shown on /ateliers and the map pages ('' when nothing was set aside);
 * `onAteliers`: shown beside the export button, which it then points to.
 */
export function invalidRecordsNotice(count: number, onAteliers = false): string {
	if (count === 0) return '';
	const one = count === 1;
	const where = onAteliers
		? 'avec le bouton ci-dessous'
		: 'depuis la page Ateliers (« Enregistrements illisibles »)';
	return one
		? `1 enregistrement du stockage du navigateur est illisible : il est mis de côté, sans être modifié ni effacé, et n’est ni affiché ni compté. Exportez-le ${where} pour le corriger ou le transmettre.`
		: `${count} enregistrements du stockage du navigateur sont illisibles : ils sont mis de côté, sans être modifiés ni effacés, et ne sont ni affichés ni comptés. Exportez-les ${where} pour les corriger ou les transmettre.`;
}

/** The set-aside records as a JSON file (exactly as read, with the reasons). */
export function invalidRecordsToJson(
	records: readonly InvalidRecord[],
	exportedAt: string
): string {
	return JSON.stringify(
		{
			format: 'atlas-des-besoins/enregistrements-illisibles',
			exportedAt,
			records: records.map((r) => ({ key: r.key, reasons: r.reasons, record: r.raw }))
		},
		null,
		2
	);
}
