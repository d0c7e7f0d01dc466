/**
 * First checks on an imported file, before any parsing: size, emptiness, format. Every refusal
 * is a French sentence that says what to do next.
 */

/**
 * Largest file accepted (32 Mo). A forum produces a few hundred rows, but the atlas must take back
 * its own exports: 20 000 problems make a 6,1 Mo CSV, 100 000 about 30 Mo.
 */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/** The refusal of a file of `size` bytes (null when it is small enough); states the real size. */
export function sizeRefusal(name: string, size: number): string | null {
	if (size <= MAX_IMPORT_BYTES) return null;
	const mo = (n: number) => (n / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
	return `« ${name} » est trop volumineux (${mo(size)} Mo, maximum ${mo(MAX_IMPORT_BYTES)} Mo). Importez seulement le tableau des problématiques, sans images ni autres onglets, ou découpez-le en plusieurs fichiers.`;
}

/** Formats the importer can read. */
export type ImportFormat = 'csv' | 'xlsx' | 'json';

/** What can be imported: a browser `File`/`Blob`, or raw bytes (tests, drag-and-drop buffers). */
export type ImportSource = Blob | ArrayBuffer | Uint8Array;

/** The detected format, or the French reason for refusing the file. */
export type Detection = { ok: true; format: ImportFormat } | { ok: false; message: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const SAVE_AS =
	'Dans votre tableur, choisissez « Enregistrer sous » puis le format CSV (séparateur point-virgule) ou Excel (.xlsx), et importez ce fichier.';

/** Reads the source as bytes (works with File and Blob in the browser and in Node). */
export async function toBytes(source: ImportSource): Promise<Uint8Array> {
	if (source instanceof Uint8Array) return source;
	if (source instanceof ArrayBuffer) return new Uint8Array(source);
	return new Uint8Array(await source.arrayBuffer());
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function extensionOf(filename: string): string {
	const dot = filename.lastIndexOf('.');
	return dot < 0 ? '' : filename.slice(dot + 1).toLowerCase();
}

/** Decides whether and how the file can be read, from its name, size and first bytes. */
export function detectFormat(bytes: Uint8Array, filename: string): Detection {
	const name = filename.trim() || 'le fichier';
	if (bytes.length === 0)
		return {
			ok: false,
			message: `« ${name} » est vide : vérifiez que vous avez choisi le bon fichier, enregistré après saisie.`
		};
	const tooBig = sizeRefusal(name, bytes.length);
	if (tooBig) return { ok: false, message: tooBig };
	const ext = extensionOf(name);
	const zip = startsWith(bytes, ZIP_MAGIC);
	if (ext === 'xlsx') {
		if (zip) return { ok: true, format: 'xlsx' };
		return {
			ok: false,
			message: `« ${name} » porte l’extension .xlsx mais n’est pas un classeur Excel valide. ${SAVE_AS}`
		};
	}
	if (ext === 'xls' || ext === 'ods' || ext === 'numbers')
		return { ok: false, message: `Le format .${ext} n’est pas pris en charge. ${SAVE_AS}` };
	if (ext !== 'csv' && ext !== 'txt' && ext !== 'json') {
		const what = ext ? `Le format .${ext}` : 'Un fichier sans extension';
		return {
			ok: false,
			message: `${what} ne peut pas être importé : seuls les fichiers CSV, Excel (.xlsx) et JSON (export de l’Atlas) sont acceptés. ${SAVE_AS}`
		};
	}
	// Excel's « Texte Unicode » export is UTF-16: full of NUL bytes, but not binary. Without its
	// byte-order mark, it still shows as text with a NUL beside every Latin letter.
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksUtf16(bytes))
		return {
			ok: false,
			message: `« ${name} » est enregistré en « Texte Unicode » (UTF-16). Dans votre tableur, choisissez « Enregistrer sous » puis « CSV UTF-8 (délimité par des virgules) », et importez ce fichier.`
		};
	// Text files never contain NUL bytes; images, PDF and zipped documents do, early on.
	const head = bytes.subarray(0, 8192);
	if (zip || head.includes(0))
		return {
			ok: false,
			message: `« ${name} » contient des données binaires (image, PDF, document compressé…), pas un tableau. ${SAVE_AS}`
		};
	return { ok: true, format: ext === 'json' ? 'json' : 'csv' };
}

/**
 * UTF-16 text without its byte-order mark: in its first 512 bytes, one byte of each pair is NUL
 * (Latin letters), in the same place (big or little endian), and the other almost never is.
 */
function looksUtf16(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 512) & ~1;
	if (n < 8) return false;
	const nul = [0, 0];
	for (let i = 0; i < n; i++) if (bytes[i] === 0) nul[i % 2]!++;
	const pairs = n / 2;
	return nul.some((z, side) => z >= pairs * 0.7 && nul[1 - side]! <= pairs * 0.05);
}
