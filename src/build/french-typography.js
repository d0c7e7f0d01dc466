// @ts-check
/**
 * A Svelte preprocessor: the text a component shows follows French typography (`frenchSpaces`:
 * no line break inside « » nor before « : ; ? ! »). Without it, « n.d. » was cut after its last
 * word on a phone (/sources at 390 px), the « » alone at the start of the next line.
 *
 * - The text written between tags gets no-break spaces here, before Svelte compiles it.
 * - The text expressions (`{label}` between tags) are wrapped in `frenchText`, so the strings
 *   built in scripts (« naissances : 402 pour 1 000 », the catalogue's texts) follow the same
 *   rule when they are shown. Numbers and other values pass through unchanged.
 *
 * Left as written: attributes (a `style` holds CSS, a `title` is not cut into lines by the page),
 * scripts and styles, `{@html}`, and what is shown as typed: `pre`, `code`, `kbd`, `samp`,
 * `textarea`, and any element marked `data-as-typed` (the SQL console's results, a user's data).
 */
import { parse } from 'svelte/compiler';
import { frenchSpaces } from '../lib/format/french-spaces.js';

/** Elements whose text is shown as typed. */
const VERBATIM = new Set(['pre', 'code', 'kbd', 'samp', 'textarea']);

/** The name of the function text expressions are wrapped in (imported by `frenchMarkup`). */
const WRAP = '__frenchText';

/**
 * @typedef {{ kind: 'text', start: number, end: number, raw: string }
 *   | { kind: 'expression', start: number, end: number }} Found
 */

/**
 * Whether an element's text is shown as typed.
 * @param {Record<string, unknown>} n
 */
function verbatim(n) {
	if (n.type === 'RegularElement' && VERBATIM.has(String(n.name))) return true;
	const attributes = Array.isArray(n.attributes) ? n.attributes : [];
	return attributes.some((a) => a && a.type === 'Attribute' && a.name === 'data-as-typed');
}

/**
 * The markup text and text expressions to change, found under `node`.
 * @param {unknown} node
 * @param {Found[]} found
 */
function collect(node, found) {
	if (Array.isArray(node)) {
		for (const item of node) collect(item, found);
		return;
	}
	if (!node || typeof node !== 'object') return;
	const n = /** @type {Record<string, unknown>} */ (node);
	if (n.type === 'Text' && typeof n.start === 'number' && typeof n.end === 'number') {
		found.push({ kind: 'text', start: n.start, end: n.end, raw: String(n.raw) });
		return;
	}
	if (n.type === 'ExpressionTag') {
		const e = /** @type {{ start?: unknown, end?: unknown } | undefined} */ (n.expression);
		if (e && typeof e.start === 'number' && typeof e.end === 'number') {
			found.push({ kind: 'expression', start: e.start, end: e.end });
		}
		return;
	}
	if (verbatim(n)) return;
	for (const [key, value] of Object.entries(n)) {
		// Attributes, and the JavaScript of expressions and scripts, are left as written.
		if (key === 'attributes' || key === 'instance' || key === 'module' || key === 'css') continue;
		if (key === 'expression' || key === 'metadata' || key === 'options') continue;
		collect(value, found);
	}
}

/**
 * `content` (a component's source) with French spaces in its markup text and its text
 * expressions wrapped in `frenchText` (imported in the component's script, added if it has none).
 * @param {string} content
 * @param {{ expressions?: boolean }} [options] `expressions: false` changes the markup text only
 * @returns {string}
 */
export function frenchMarkup(content, { expressions = true } = {}) {
	/** @type {Found[]} */
	const found = [];
	const ast = parse(content, { modern: true });
	collect(ast.fragment, found);
	const kept = found.filter((item) => item.kind === 'text' || expressions);
	const edits = kept.map((item) => ({
		start: item.start,
		end: item.end,
		text:
			item.kind === 'text'
				? frenchSpaces(item.raw)
				: `${WRAP}(${content.slice(item.start, item.end)})`
	}));
	if (kept.some((item) => item.kind === 'expression')) {
		const line = `import { frenchText as ${WRAP} } from '$lib/format/french-spaces.js';`;
		const script = /** @type {{ content: { start: number } } | null} */ (ast.instance);
		if (script) {
			const at = script.content.start;
			edits.push({ start: at, end: at, text: `\n${line}` });
		} else {
			edits.push({ start: 0, end: 0, text: `<script>${line}</script>\n` });
		}
	}
	let out = content;
	for (const { start, end, text } of edits.sort((x, y) => y.start - x.start)) {
		out = out.slice(0, start) + text + out.slice(end);
	}
	return out;
}

/** @returns {import('svelte/compiler').PreprocessorGroup} */
export function frenchTypography() {
	return {
		name: 'french-typography',
		// Components from dependencies keep their text expressions: `$lib` is this project's.
		markup: ({ content, filename }) => ({
			code: frenchMarkup(content, { expressions: !filename?.includes('node_modules') })
		})
	};
}
