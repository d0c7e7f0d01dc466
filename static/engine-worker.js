/*
 * DuckDB's worker, started through this file so that its engine (a 34 MB wasm) is compiled from
 * the browser's own download. DuckDB's worker wraps that download in a stream of its own, to
 * report progress, when `TransformStream` exists; the browser cannot keep compiled code for such
 * a stream, and compiled the engine again at every page. Without it, DuckDB hands the download
 * over as it came (`WebAssembly.instantiateStreaming(fetch(url))`), which the browser may cache.
 * The worker's name is the path of DuckDB's own worker script, on this site
 * (src/lib/data/engine-worker.ts).
 */
(function () {
	var src = self.name || '';
	if (!/^\/[\w\-./@]*duckdb-browser-[\w-]+\.worker(\.[\w-]+)?\.js$/.test(src))
		throw new Error('script du moteur refusé : ' + src);
	self.TransformStream = undefined;
	importScripts(src);
})();
