/**
 * DuckDB's worker, started through `static/engine-worker.js` (see there why), from the address of
 * DuckDB's own worker script: the wrapper's address, and the name the worker is given, which is
 * the path of DuckDB's script (the wrapper reads `self.name`; a query in its address would not
 * reach it when the service worker answers from its cache). The site's base path is what comes
 * before the build's `/_app/` (nothing under `vite dev`). The same for the page's HTML, which
 * names the script by its path, and for its modules, which name it by its full address.
 */
export function engineWorker(duckdbWorker: string): { url: string; name: string } {
	const path = new URL(duckdbWorker, 'http://site.invalid/').pathname;
	const app = path.indexOf('/_app/');
	return { url: `${app > 0 ? path.slice(0, app) : ''}/engine-worker.js`, name: path };
}
