/**
 * Loads GeoDa's WebAssembly builds (@geoda/lisa, @geoda/core 0.0.22) in Node 20, for reference
 * tests only. Two shims are needed because the packages are bundled for browsers:
 * - their bundled `process` polyfill reads `navigator.language` at import time, and Node 20 has
 *   no global `navigator` (Node 21 added it);
 * - the Emscripten loader only uses `fetch` when it believes it runs in a browser
 *   (`typeof window == "object"`); otherwise it takes a Node path that the polyfilled `process`
 *   disables, and fails with "both async and sync fetching of the wasm failed". We set `window`
 *   during initialisation only and hand the wasm over as a `data:` URL that Node's fetch reads,
 *   so nothing is fetched from the network (the default is a jsDelivr URL).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type GeodaLisa = typeof import('@geoda/lisa');
type GeodaCore = typeof import('@geoda/core');

const require = createRequire(import.meta.url);

function wasmDataUrl(pkg: string, file: string): string {
	// The packages do not export package.json; resolve the main entry (dist/index.cjs) instead.
	const dir = dirname(dirname(require.resolve(pkg)));
	const bytes = readFileSync(join(dir, 'wasm', file));
	return `data:application/octet-stream;base64,${bytes.toString('base64')}`;
}

let loaded: Promise<{ lisa: GeodaLisa; core: GeodaCore }> | null = null;

/** Imports and initialises both GeoDa modules once per test file. */
export function loadGeoda(): Promise<{ lisa: GeodaLisa; core: GeodaCore }> {
	loaded ??= (async () => {
		const g = globalThis as Record<string, unknown>;
		if (g.navigator === undefined) g.navigator = { language: 'fr-FR', userAgent: 'node' };
		const lisa = await import('@geoda/lisa');
		const core = await import('@geoda/core');
		const hadWindow = 'window' in g;
		if (!hadWindow) g.window = globalThis;
		try {
			await lisa.initWASM(wasmDataUrl('@geoda/lisa', 'geoda-lisa.wasm'));
			await core.initWASM(wasmDataUrl('@geoda/core', 'geoda-core.wasm'));
		} finally {
			if (!hadWindow) delete g.window;
		}
		return { lisa, core };
	})();
	return loaded;
}
