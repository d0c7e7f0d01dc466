/**
 * What the page does to the SVG map once it runs: recolour the territory's communes from the
 * model, mark the selected commune, and find the commune under the pointer.
 */
import type { SvgCircle } from '../problem-circles';
import { circlesSvg, CIRCLES_CLASS, fillOf, SELECTED_LINE_CLASS, SMALL_CLASS } from './markup';
import { FIT_PADDING } from './projection';

/** Sets each territory commune's fill from `fills` (null: neutral until the colours are known). */
export function recolour(root: ParentNode, fills: Record<string, string | null> | null): void {
	for (const path of root.querySelectorAll<SVGPathElement>('path.t[data-code]'))
		path.setAttribute('fill', fillOf(fills, path.dataset.code!));
}

/**
 * Outlines in dashes the communes `small` (tiny denominators), replacing any, with their own
 * paths' shapes, under the territory's outline.
 */
export function drawSmall(root: ParentNode, small: readonly string[]): void {
	root.querySelector(`.${SMALL_CLASS}`)?.remove();
	const outline = root.querySelector('svg > path.o');
	if (!outline || !small.length) return;
	const ns = 'http://www.w3.org/2000/svg';
	const group = document.createElementNS(ns, 'g');
	group.setAttribute('class', SMALL_CLASS);
	for (const path of root.querySelectorAll<SVGPathElement>('path.t[data-code]')) {
		const code = path.dataset.code!;
		if (!small.includes(code)) continue;
		const dashed = document.createElementNS(ns, 'path');
		dashed.setAttribute('data-code', code);
		dashed.setAttribute('d', path.getAttribute('d') ?? '');
		group.append(dashed);
	}
	outline.before(group);
}

/** Outlines `code` (and no other commune), drawn last so that its outline is on top. */
export function markSelected(root: ParentNode, code: string | null): void {
	for (const p of root.querySelectorAll('path.sel')) p.classList.remove('sel');
	for (const p of root.querySelectorAll(`path.${SELECTED_LINE_CLASS}`)) p.remove();
	if (!code) return;
	const path = root.querySelector<SVGPathElement>(`path.t[data-code="${CSS.escape(code)}"]`);
	if (!path) return;
	path.classList.add('sel');
	path.parentNode?.appendChild(path);
	// Its blue line over its own white stroke: a copy, no commune of its own for the pointer.
	const line = document.createElementNS('http://www.w3.org/2000/svg', 'path');
	line.setAttribute('class', SELECTED_LINE_CLASS);
	line.setAttribute('d', path.getAttribute('d') ?? '');
	path.after(line);
}

/**
 * The legend's row naming the chosen commune, outlined on the map (« Alès : commune choisie »):
 * a printed map outlined it without saying which one. Replaced at each call; none for null.
 */
export function markSelectedRow(root: ParentNode, label: string | null): void {
	root.querySelector('.svg-legend li.sel-row')?.remove();
	const list = root.querySelector('.svg-legend ul');
	if (!label || !list) return;
	const row = document.createElement('li');
	row.className = 'sel-row';
	row.dataset.testid = 'svg-legend-selected';
	const swatch = document.createElement('span');
	swatch.className = 'sw sel';
	const text = document.createElement('span');
	text.textContent = label;
	row.append(swatch, text);
	list.append(row);
}

/** The commune code under an event's target, and whether it is in the territory. */
export function communeAt(target: EventTarget | null): { code: string; territory: boolean } | null {
	const path = (target as Element | null)?.closest?.('path[data-code]');
	if (!(path instanceof SVGPathElement) || !path.dataset.code) return null;
	return { code: path.dataset.code, territory: path.classList.contains('t') };
}

/**
 * SVG units per screen pixel of `svg`, its viewBox drawn `meet` in its box. While the map is
 * hidden (MapLibre shows it), the box is that of `frame` less the fit's padding, where the page
 * lays it out (as MapLibre fits it). 1 when neither is laid out.
 */
export function unitsPerPx(frame: Element, svg: SVGSVGElement): number {
	const vb = svg.viewBox.baseVal;
	let { width, height } = svg.getBoundingClientRect();
	if (width === 0 || height === 0) {
		const box = frame.getBoundingClientRect();
		[width, height] = [box.width - 2 * FIT_PADDING, box.height - 2 * FIT_PADDING];
	}
	const scale = Math.min(width / vb.width, height / vb.height);
	return scale > 0 && Number.isFinite(scale) ? 1 / scale : 1;
}

/**
 * The printed map's box in CSS pixels: print.css draws the SVG 180 × 169 mm, whatever the window
 * it is printed from (keep the two in step).
 */
export const PRINT_MAP_PX = { width: (180 * 96) / 25.4, height: (169 * 96) / 25.4 };

/** SVG units per CSS pixel of `svg` on paper (its viewBox drawn `meet` in PRINT_MAP_PX). */
export function printUnitsPerPx(svg: SVGSVGElement): number {
	const vb = svg.viewBox.baseVal;
	return 1 / Math.min(PRINT_MAP_PX.width / vb.width, PRINT_MAP_PX.height / vb.height);
}

/** Draws `circles` on the map in `root` (replacing any), sized for the frame `frame`. */
export function drawCircles(root: Element, frame: Element, circles: readonly SvgCircle[]): void {
	root.querySelector(`.${CIRCLES_CLASS}`)?.remove();
	const svg = root.querySelector('svg');
	if (!svg || !circles.length) return;
	svg.insertAdjacentHTML(
		'beforeend',
		circlesSvg(circles, unitsPerPx(frame, svg), printUnitsPerPx(svg))
	);
}

/** Resizes the drawn circles to the frame's current size (their radius is in screen pixels). */
export function resizeCircles(root: Element, frame: Element): void {
	const svg = root.querySelector('svg');
	if (!svg) return;
	const k = unitsPerPx(frame, svg);
	for (const c of root.querySelectorAll<SVGCircleElement>(`.${CIRCLES_CLASS} circle[data-r]`))
		c.setAttribute('r', String(+(Number(c.dataset.r) * k).toFixed(2)));
}
