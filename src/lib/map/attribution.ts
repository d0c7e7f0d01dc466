/**
 * MapLibre's compact attribution starts open, a pill over the map's foot, and closes at the
 * first drag. On a short map (the map page at 1280 × 720 with its table and a commune's panel
 * open: about 310 px high), or where its text wraps (a phone, the map beside a commune's panel:
 * two or three lines), it covered the southern communes. There it is closed as soon as the map is
 * so: its « i » button still opens it, and the sources stay on the Sources page and on every print
 * and export. Where it holds on one line over a map tall enough (the room's slides) it stays open.
 * Never opened again by the page; a reader who opened it keeps it open until the map next
 * becomes short or narrow.
 */
import type { Map as MlMap } from 'maplibre-gl';

/** A map less high than this is short: its attribution starts closed. */
export const SHORT_MAP_PX = 420;

/** Whether a map `height` px high, its open attribution `lines` lines long, shows it closed. */
export function attributionClosed(height: number, lines: number): boolean {
	return height < SHORT_MAP_PX || lines > 1;
}

/** How many lines the open attribution's text takes (0 when closed or absent). */
function attributionLines(box: HTMLElement): number {
	const inner = box.querySelector<HTMLElement>(
		'.maplibregl-compact-show .maplibregl-ctrl-attrib-inner'
	);
	if (!inner) return 0;
	const line = parseFloat(getComputedStyle(inner).lineHeight);
	return line > 0 ? Math.round(inner.offsetHeight / line) : 0;
}

/** Closes the map's compact attribution now and at each resize while it would cover the map. */
export function closeAttributionWhenSmall(map: MlMap): void {
	let wasClosed = false;
	const apply = () => {
		const box = map.getContainer();
		const lines = attributionLines(box);
		const closed = attributionClosed(box.clientHeight, lines);
		// Only on becoming short or narrow: a reader who opened it then keeps it open.
		if (closed && !wasClosed)
			box.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
		wasClosed = closed;
	};
	apply();
	map.on('resize', apply);
}
