/**
 * DuckDB's worker started from the HTML, before the framework, on the pages that count the
 * workshop problems as they open (the map page with `?problemes=1`, /croisements). The worker's
 * script (about 1 MB) then loads and runs while the framework's modules load and hydrate, and
 * the engine's start (`getDuckDB`) hands it the wasm at once instead of waiting for it.
 *
 * The inline script only creates the worker. Everything else stays in `duckdb.ts`: which build
 * this browser uses, the file checks, the French messages. A worker for another build than the
 * one chosen there, or one that failed to load, is dropped and the page makes its own.
 */
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { engineWorker } from './engine-worker';

interface EarlyEngine {
	url: string;
	name: string;
	worker: Worker;
	failed: boolean;
}
type EarlyWindow = { atlasEarlyEngine?: EarlyEngine };

/**
 * The inline script's body. Its source is written into the HTML (`earlyEngineScript`), so it
 * uses nothing but its arguments and the browser. With `onlyWithProblems`, it starts the worker
 * only when the URL asks for the problems layer (`problemes=1`, as `problemsAsked` reads it):
 * otherwise the map page starts the engine after its first map, and an early worker would only
 * compete with MapLibre for the processor.
 */
function boot(url: string, name: string, onlyWithProblems: boolean): void {
	if (onlyWithProblems && new URLSearchParams(location.search).get('problemes') !== '1') return;
	if (typeof Worker !== 'function' || typeof WebAssembly !== 'object') return;
	try {
		const early = { url, name, worker: new Worker(url, { name }), failed: false };
		early.worker.addEventListener('error', () => (early.failed = true));
		(window as unknown as EarlyWindow).atlasEarlyEngine = early;
	} catch {
		// The page's own start creates the worker and reports what went wrong, in French.
	}
}

/** The inline script for a page's head (`hooks.server.ts`). */
export function earlyEngineScript(onlyWithProblems: boolean): string {
	const { url, name } = engineWorker(ehWorker);
	const args = [JSON.stringify(url), JSON.stringify(name), String(onlyWithProblems)];
	return `<script>(${boot.toString()})(${args.join(',')})</script>`;
}

/**
 * The worker the inline script started, if it is `script` (`engineWorker`) and has not failed:
 * handed over once. Any other early worker is ended (the engine's start then creates its own).
 */
export function takeEarlyWorker(script: { url: string; name: string }): Worker | null {
	if (typeof window === 'undefined') return null;
	const w = window as unknown as EarlyWindow;
	const early = w.atlasEarlyEngine;
	delete w.atlasEarlyEngine;
	if (!early) return null;
	const same =
		new URL(early.url, location.href).href === new URL(script.url, location.href).href &&
		early.name === script.name;
	if (same && !early.failed) return early.worker;
	early.worker.terminate();
	return null;
}
