/**
 * The one object that owns the MapLibre map: blank style, our own GeoJSON sources and layers,
 * hover and click. Components call its methods; nothing else touches the map.
 * No tile, glyph, sprite or font is ever requested: the style has no remote resource at all.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { MISSING_HATCH } from './palette';
import type { CommuneState } from './expressions';
import { communeStyle } from './style';
import { boundsOf } from './bounds';
import { hatchImage } from './hatch';
import { setProblemSymbols } from './problem-symbols';

/** Events the page listens to. */
export interface MapCallbacks {
	onHover(code: string | null, x: number, y: number): void;
	onSelect(code: string | null): void;
}

const FILL_LAYERS = ['territory-fill', 'context-fill'];

export class MapContext {
	readonly map: MlMap;
	private hovered: string | null = null;
	private selected: string | null = null;

	private constructor(map: MlMap) {
		this.map = map;
	}

	/**
	 * Creates the map in `container` with the communes and outline already in its style, fitted to
	 * their bounds, and resolves once the style is parsed: colours can then be set before the
	 * first frame, so the first paint is also the first choropleth (one software-GL render, not
	 * three).
	 */
	static async create(
		container: HTMLElement,
		communes: FeatureCollection | string,
		outline: FeatureCollection,
		attribution: string
	): Promise<MapContext> {
		const maplibre = await import('maplibre-gl');
		// Bundled maplibre cannot find its worker by itself (STACK.md): point it at our copy.
		const { default: workerUrl } = await import('maplibre-gl/dist/maplibre-gl-worker.mjs?url');
		maplibre.setWorkerUrl(workerUrl);
		const map = new maplibre.Map({
			container,
			style: communeStyle(communes, outline),
			bounds: boundsOf(outline),
			fitBoundsOptions: { padding: 40 },
			attributionControl: { compact: true, customAttribution: attribution },
			// Needed for the PNG export: without it the canvas reads back transparent.
			canvasContextAttributes: { preserveDrawingBuffer: true },
			dragRotate: false,
			pitchWithRotate: false
		});
		map.touchZoomRotate.disableRotation();
		map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
		await new Promise<void>((resolve) => map.once('style.load', () => resolve()));
		map.addImage('hatch', hatchImage(MISSING_HATCH), { pixelRatio: 2 });
		return new MapContext(map);
	}

	/** Recolours the territory communes; resolves when the map has painted the new colours. */
	setChoropleth(states: Record<string, CommuneState>): Promise<void> {
		// Feature-state only: a filter or setData would make MapLibre re-parse the polygons.
		for (const [id, state] of Object.entries(states)) {
			this.map.setFeatureState(
				{ source: 'communes', id },
				{ fill: state.fill, missing: state.missing }
			);
		}
		return this.painted();
	}

	/** Highlights the selected commune. */
	setSelected(code: string | null): void {
		if (code === this.selected) return;
		if (this.selected)
			this.map.setFeatureState({ source: 'communes', id: this.selected }, { selected: false });
		if (code) this.map.setFeatureState({ source: 'communes', id: code }, { selected: true });
		this.selected = code;
	}

	/** Proportional circles of workshop problems (see `problem-symbols.ts`). */
	setProblemSymbols(points: FeatureCollection, maxWeight: number, visible: boolean): void {
		setProblemSymbols(this.map, points, maxWeight, visible);
	}

	/** The feature-state of one commune (browser tests read colours through it). */
	stateOf(code: string): Record<string, unknown> {
		return this.map.getFeatureState({ source: 'communes', id: code });
	}

	/** Wires hover and click to the page. */
	listen(cb: MapCallbacks): void {
		const map = this.map;
		map.on('mousemove', (e) => {
			const f = map.queryRenderedFeatures(e.point, { layers: FILL_LAYERS })[0];
			const code = (f?.properties?.code as string | undefined) ?? null;
			this.setHover(code);
			map.getCanvas().style.cursor = code ? 'pointer' : '';
			cb.onHover(code, e.point.x, e.point.y);
		});
		map.on('mouseout', () => {
			this.setHover(null);
			cb.onHover(null, 0, 0);
		});
		map.on('click', (e) => {
			const f = map.queryRenderedFeatures(e.point, { layers: FILL_LAYERS })[0];
			cb.onSelect((f?.properties?.code as string | undefined) ?? null);
		});
	}

	private setHover(code: string | null): void {
		if (code === this.hovered) return;
		if (this.hovered)
			this.map.setFeatureState({ source: 'communes', id: this.hovered }, { hover: false });
		if (code) this.map.setFeatureState({ source: 'communes', id: code }, { hover: true });
		this.hovered = code;
	}

	/** Resolves once the map has finished rendering the current state. */
	painted(): Promise<void> {
		return new Promise((resolve) => {
			this.map.once('idle', () => resolve());
			this.map.triggerRepaint();
		});
	}

	/** PNG of the current map, for export and presentations. */
	toPng(): string {
		return this.map.getCanvas().toDataURL('image/png');
	}

	destroy(): void {
		this.map.remove();
	}
}
