/**
 * Writes .gz and .br copies of the built site's text and wasm files, for static hosts that serve
 * precompressed files. We do it ourselves rather than with adapter-static's `precompress`, whose
 * maximum brotli quality takes about 4 minutes on the two 35 MB DuckDB wasm files here; quality 7
 * takes seconds and is within 2 % of the size.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
const EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.geojson', '.svg', '.wasm']);

async function* files(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const p = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* files(p);
		else if (EXTENSIONS.has(path.extname(entry.name))) yield p;
	}
}

/** Compresses every eligible file under `dir`; returns how many files were written. */
export async function precompress(dir: string): Promise<number> {
	let n = 0;
	for await (const file of files(dir)) {
		const data = await readFile(file);
		const [gz, br] = await Promise.all([
			gzip(data, { level: 9 }),
			brotli(data, {
				params: {
					[zlib.constants.BROTLI_PARAM_QUALITY]: 7,
					[zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length
				}
			})
		]);
		await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
		n += 2;
	}
	return n;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2] ?? 'build';
	const t = Date.now();
	precompress(dir).then((n) => console.log(`[precompress] ${n} fichiers écrits en ${Date.now() - t} ms`));
}
