/**
 * The exported map: a standalone SVG document with the title, the map, the legend, the source,
 * the vintage and the date, in system fonts (no web font is fetched from anywhere).
 */
import { formatNumber } from '$lib/format/number';
import { wrapWords } from '$lib/format/wrap';
import type { ChoroplethModel } from '../choropleth-model';
import { MISSING_HATCH } from '../palette';
import { CIRCLE_STYLE, circleKeyItems, type SvgCircle } from '../problem-circles';
import type { SvgGeometry } from './geometry';
import { smallLegend } from '$lib/indicators/reliability';
import { CIRCLES_LEGEND, circlesSvg, esc, HATCH_ID, mapSvg, SMALL_STYLE } from './markup';
import { FIT_PADDING } from './projection';

/** Size of the exported document, in CSS pixels (the PNG's 1×). */
export const EXPORT_WIDTH = 1200;
export const EXPORT_HEIGHT = 760;

const MAP = { x: 24, y: 84, width: 800, height: 620 };
const LEGEND_X = 850;

/** The document's text: title, subtitle, legend, footer. */
function text(x: number, y: number, size: number, content: string, extra = ''): string {
	return `<text x="${x}" y="${y}" font-size="${size}"${extra ? ` ${extra}` : ''}>${esc(content)}</text>`;
}

function legend(model: ChoroplethModel): string {
	let y = MAP.y + 20;
	const rows = [text(LEGEND_X, y, 15, 'Légende', 'font-weight="bold"')];
	y += 16;
	for (const e of model.legend) {
		const fill = e.colour ?? `url(#${HATCH_ID}-x)`;
		rows.push(
			`<rect x="${LEGEND_X}" y="${y}" width="22" height="16" fill="${fill}" stroke="#9aa5b1"/>`,
			text(LEGEND_X + 30, y + 13, 13, e.label),
			e.count === undefined
				? ''
				: text(EXPORT_WIDTH - 24, y + 13, 13, String(e.count), 'text-anchor="end" fill="#44505c"')
		);
		y += 24;
	}
	rows.push(text(LEGEND_X, y + 14, 11, 'Nombre de communes par classe', 'fill="#44505c"'));
	if (model.small.length) {
		const { colour, width, dash } = SMALL_STYLE;
		y += 30;
		rows.push(
			`<rect x="${LEGEND_X + 1}" y="${y + 1}" width="20" height="14" fill="#fff" stroke="${colour}" stroke-width="${width}" stroke-dasharray="${dash.join(' ')}"/>`
		);
		const lines = wrapWords(smallLegend(model.small.length), SMALL_CHARS);
		lines.forEach((line, i) => rows.push(text(LEGEND_X + 30, y + 13 + i * 16, 13, line)));
		y += (lines.length - 1) * 16;
	}
	if (model.uncounted) {
		y += 30;
		const lines = wrapWords(model.uncounted, SMALL_CHARS + 5);
		lines.forEach((line, i) => rows.push(text(LEGEND_X, y + 13 + i * 16, 13, line)));
		y += (lines.length - 1) * 16;
	}
	if (model.circles?.length) {
		const { fill, opacity, stroke } = CIRCLE_STYLE;
		y += 30;
		rows.push(
			`<circle cx="${LEGEND_X + 11}" cy="${y + 8}" r="9" fill="${fill}" fill-opacity="${opacity}" stroke="${stroke}"/>`,
			text(LEGEND_X + 30, y + 13, 13, CIRCLES_LEGEND)
		);
		const key = circlesKey(model.circles, LEGEND_X + 30, y + 24);
		rows.push(key.svg);
		y += key.height;
	}
	// Rates on tiny denominators and how to read the workshops' circles, under the legend, in
	// the room left above the footer (long custom labels in the filters could overrun it).
	if (model.printNote) {
		const first = y + 40;
		const room = Math.floor((EXPORT_HEIGHT - FOOTER_ROOM - first) / NOTE_LINE) + 1;
		fitLines(wrapWords(model.printNote, NOTE_CHARS), room).forEach((line, i) =>
			rows.push(text(LEGEND_X, first + i * NOTE_LINE, 12, line, 'fill="#44505c"'))
		);
	}
	return rows.join('');
}

/**
 * The circles' size key at (x, top): a few round weights side by side, smallest first, each at
 * the radius the document's map gives it (its unit is the screen pixel the radius is in: the
 * heaviest at its own `r`), its weight under it, « poids » after them; and the height it takes.
 */
function circlesKey(circles: readonly SvgCircle[], x: number, top: number) {
	const items = circleKeyItems(circles[0]?.weight ?? 0, circles[0]?.r);
	const bottom = top + 2 * (items.at(-1)?.r ?? 0);
	const { fill, opacity } = CIRCLE_STYLE;
	const parts: string[] = [];
	for (const { weight, r } of items) {
		const label = formatNumber(weight, 0);
		// Half the room of the circle or of its label (about 7 px a character of 12 px bold text).
		const half = Math.max(r, label.length * 3.5, 8);
		const cx = x + half;
		parts.push(
			`<circle cx="${cx}" cy="${bottom - r}" r="${r}" fill="${fill}" fill-opacity="${opacity}" stroke="${fill}"/>`,
			text(cx, bottom + 15, 12, label, 'text-anchor="middle" font-weight="bold"')
		);
		x = cx + half + 14;
	}
	if (items.length) parts.push(text(x, bottom + 15, 12, 'poids', 'fill="#44505c"'));
	return { svg: parts.join(''), height: bottom + 15 - top + 6 };
}

/** Height of a note line, and the room kept for the footer (source, vintage, date). */
const NOTE_LINE = 15;
const FOOTER_ROOM = 56;

/** At most `room` lines: the last one kept ends with « … » when lines are left out. */
export function fitLines(lines: string[], room: number): string[] {
	if (lines.length <= room) return lines;
	const kept = lines.slice(0, Math.max(1, room));
	kept[kept.length - 1] += ' …';
	return kept;
}

/** About as many characters of 12 px text as the legend's column holds. */
const NOTE_CHARS = 48;
/** Characters per line of a legend row's label (13 px, beside its swatch). */
const SMALL_CHARS = 40;

/** The standalone SVG document of `model` drawn on `geometry`. */
export function exportSvg(model: ChoroplethModel, geometry: SvgGeometry): string {
	const p = FIT_PADDING;
	// The inner map fits the territory's box inside the padding, like the screen map, and the
	// outer one clips the rest of the département to the map's frame.
	const [w, h] = [MAP.width - 2 * p, MAP.height - 2 * p];
	// The circles' radius is in screen pixels; the document's pixel is its unit.
	const unitsPerPx = 1 / Math.min(w / geometry.width, h / geometry.height);
	const inner = mapSvg(
		geometry,
		model.fills,
		model.title,
		`x="${p}" y="${p}" width="${w}" height="${h}" overflow="visible"`,
		circlesSvg(model.circles ?? [], unitsPerPx),
		model.small
	);
	return (
		`<?xml version="1.0" encoding="UTF-8"?>` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${EXPORT_WIDTH}" height="${EXPORT_HEIGHT}" viewBox="0 0 ${EXPORT_WIDTH} ${EXPORT_HEIGHT}" font-family="system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif" fill="#1f2933">` +
		`<defs><pattern id="${HATCH_ID}-x" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="2" height="6" fill="${MISSING_HATCH}"/></pattern></defs>` +
		`<rect width="100%" height="100%" fill="#fff"/>` +
		text(24, 40, 22, model.title, 'font-weight="bold"') +
		text(24, 66, 14, model.subtitle, 'fill="#44505c"') +
		`<svg x="${MAP.x}" y="${MAP.y}" width="${MAP.width}" height="${MAP.height}">${inner}</svg>` +
		`<rect x="${MAP.x}" y="${MAP.y}" width="${MAP.width}" height="${MAP.height}" fill="none" stroke="#c5ccd3"/>` +
		legend(model) +
		text(24, EXPORT_HEIGHT - 28, 12, model.source, 'fill="#44505c"') +
		text(
			24,
			EXPORT_HEIGHT - 10,
			12,
			`Millésime : ${model.vintage} · Carte produite le ${model.date}`,
			'fill="#44505c"'
		) +
		`</svg>`
	);
}
