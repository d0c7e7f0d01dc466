/**
 * A tiny static server for the benchmark: the built site, plus a bare MapLibre page (the floor)
 * that draws the same communes GeoJSON with a blank style. Loopback only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.csv': 'text/csv',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml'
};

const FLOOR_HTML = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/__maplibre/maplibre-gl.css">
<style>html,body,#m{margin:0;height:100%}</style></head><body><div id="m"></div>
<script type="module">
import * as maplibregl from '/__maplibre/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/__maplibre/maplibre-gl-worker.mjs');
performance.mark('floor:create');
const map = new maplibregl.Map({ container: 'm', bounds: [3.26, 43.45, 4.85, 44.46],
  style: { version: 8, sources: { c: { type: 'geojson', data: '/data/communes.geojson' } },
    layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#fff' } },
             { id: 'f', type: 'fill', source: 'c', paint: { 'fill-color': '#e08' } }] } });
map.once('idle', () => { performance.mark('floor:idle'); window.floorDone = true; });
// The breakdown only (the figures use idle and first-frame): the source parsed by the worker.
const parsed = () => { if (map.isSourceLoaded('c')) { performance.mark('floor:source-loaded'); map.off('sourcedata', parsed); } };
map.on('sourcedata', parsed);
// First frame with the communes drawn (the source parsed, its tiles ready).
const first = () => { if (map.isSourceLoaded('c') && map.areTilesLoaded()) { performance.mark('floor:first-frame'); map.off('render', first); } };
map.on('render', first);
let k = 0;
window.floorRepaint = () => new Promise((resolve) => {
  const t0 = performance.now();
  map.setPaintProperty('f', 'fill-color', (k++ % 2) ? '#e08' : '#08e');
  map.once('idle', () => resolve(performance.now() - t0));
});
</script></body></html>`;

/** Serves `buildDir` and the floor page on 127.0.0.1:`port`. */
export function startServer(buildDir: string, maplibreDir: string, port: number): Promise<Server> {
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (url.pathname === '/__floor/') {
			res.writeHead(200, { 'content-type': TYPES['.html']! });
			res.end(FLOOR_HTML);
			return;
		}
		let file = url.pathname.startsWith('/__maplibre/')
			? path.join(maplibreDir, url.pathname.slice('/__maplibre/'.length))
			: path.join(buildDir, decodeURIComponent(url.pathname));
		if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
		if (!existsSync(file)) {
			res.writeHead(404);
			res.end();
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-store'
		});
		createReadStream(file).pipe(res);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
