// jsdom (the client project): the inline script runs against a window, with a stand-in Worker.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { earlyEngineScript, takeEarlyWorker } from './early-engine';

type W = { atlasEarlyEngine?: { url: string; worker: Worker; failed: boolean } };
const win = window as unknown as W & { Worker: unknown; WebAssembly: unknown };
const body = (onlyWithProblems: boolean) =>
	/^<script>([\s\S]*)<\/script>$/.exec(earlyEngineScript(onlyWithProblems))![1]!;

/** A Worker that records what is done to it (jsdom has none). */
class FakeWorker extends EventTarget {
	static made: FakeWorker[] = [];
	ended = false;
	constructor(readonly url: string) {
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
	it('on /croisements, starts one worker for the engine’s script, handed over once', () => {
		new Function(body(false))();
		expect(FakeWorker.made).toHaveLength(1);
		const url = FakeWorker.made[0]!.url;
		expect(url).toMatch(/duckdb-browser-eh\.worker/);
		// The page's module names the same file by its full address (Vite's `new URL(…).href`).
		expect(takeEarlyWorker(new URL(url, location.href).href)).toBe(FakeWorker.made[0]);
		expect(takeEarlyWorker(url)).toBeNull();
		expect(FakeWorker.made[0]!.ended).toBe(false);
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
		expect(takeEarlyWorker('/_app/duckdb-browser-mvp.worker.js')).toBeNull();
		expect(FakeWorker.made[0]!.ended).toBe(true);

		new Function(body(false))();
		const failed = FakeWorker.made[1]!;
		failed.dispatchEvent(new Event('error'));
		expect(takeEarlyWorker(failed.url)).toBeNull();
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
		expect(takeEarlyWorker('any')).toBeNull();
	});
});
