// jsdom (the client project): the inline script runs against a window, with a stand-in Worker.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { earlyEngineScript, takeEarlyWorker } from './early-engine';
import { engineWorker } from './engine-worker';

type W = { atlasEarlyEngine?: unknown };
const win = window as unknown as W & { Worker: unknown; WebAssembly: unknown };
const body = (onlyWithProblems: boolean) =>
	/^<script>([\s\S]*)<\/script>$/.exec(earlyEngineScript(onlyWithProblems))![1]!;

/** A Worker that records what is done to it (jsdom has none). */
class FakeWorker extends EventTarget {
	static made: FakeWorker[] = [];
	ended = false;
	constructor(
		readonly url: string,
		readonly options?: WorkerOptions
	) {
		super();
		FakeWorker.made.push(this);
	}
	terminate() {
		this.ended = true;
	}
}

const realWorker = win.Worker;
beforeEach(() => {
	FakeWorker.made = [];
	win.Worker = FakeWorker;
});
afterEach(() => {
	win.Worker = realWorker;
	delete win.atlasEarlyEngine;
	history.replaceState(null, '', '/');
});

describe('DuckDB’s worker started from the HTML', () => {
	it('on /croisements, starts the engine’s worker, handed over once to the engine’s start', () => {
		new Function(body(false))();
		expect(FakeWorker.made).toHaveLength(1);
		const made = FakeWorker.made[0]!;
		// Our wrapper, named after DuckDB's own script (which it loads).
		expect(made.url).toBe('/engine-worker.js');
		expect(made.options?.name).toMatch(/duckdb-browser-eh\.worker\.js$/);
		// The page's module names DuckDB's script by its full address: the same worker.
		const script = engineWorker(new URL(ehWorker, location.href).href);
		expect(takeEarlyWorker(script)).toBe(made);
		expect(takeEarlyWorker(script)).toBeNull();
		expect(made.ended).toBe(false);
	});

	it('on the map page, only when the URL asks for the problems (« problemes=1 »)', () => {
		history.replaceState(null, '', '/?indicateur=x&problemes=0');
		new Function(body(true))();
		expect(FakeWorker.made).toHaveLength(0);
		history.replaceState(null, '', '/?indicateur=x&problemes=1');
		new Function(body(true))();
		expect(FakeWorker.made).toHaveLength(1);
	});

	it('ends a worker for another build, or one that failed to load, so the page makes its own', () => {
		new Function(body(false))();
		expect(takeEarlyWorker(engineWorker(mvpWorker))).toBeNull();
		expect(FakeWorker.made[0]!.ended).toBe(true);

		new Function(body(false))();
		const failed = FakeWorker.made[1]!;
		failed.dispatchEvent(new Event('error'));
		expect(takeEarlyWorker(engineWorker(ehWorker))).toBeNull();
		expect(failed.ended).toBe(true);
	});

	it('starts nothing without WebAssembly: the page says why the engine cannot run', () => {
		const wasm = win.WebAssembly;
		win.WebAssembly = undefined;
		try {
			new Function(body(false))();
		} finally {
			win.WebAssembly = wasm;
		}
		expect(FakeWorker.made).toHaveLength(0);
		expect(takeEarlyWorker(engineWorker(ehWorker))).toBeNull();
	});
});

describe('the engine worker’s address', () => {
	it('is the wrapper under the site’s base path, named after DuckDB’s script', () => {
		expect(engineWorker('/_app/immutable/assets/duckdb-browser-eh.worker.x1.js')).toEqual({
			url: '/engine-worker.js',
			name: '/_app/immutable/assets/duckdb-browser-eh.worker.x1.js'
		});
		expect(
			engineWorker('https://exemple.fr/atlas/_app/immutable/assets/duckdb-browser-eh.worker.x1.js')
		).toEqual({
			url: '/atlas/engine-worker.js',
			name: '/atlas/_app/immutable/assets/duckdb-browser-eh.worker.x1.js'
		});
	});
});
