// @ts-check
/**
 * A Svelte preprocessor: the text written in the components' markup follows French typography
 * (`frenchSpaces`: no line break inside « » nor before « : ; ? ! »), as the strings built in
 * scripts do when they call it. Without it, « n.d. » was cut after its last word on a phone
 * (/sources at 390 px), the « » alone at the start of the next line.
 *
 * Only text between tags changes: not attributes (a `style` holds CSS), not scripts nor styles,
 * not what is shown as typed (`pre`, `code`, `kbd`, `samp`, `textarea`).
 */
import { parse } from 'svelte/compiler';
import { frenchSpaces } from '../lib/format/french-spaces.js';

/** Elements whose text is shown as typed. */
const VERBATIM = new Set(['pre', 'code', 'kbd', 'samp', 'textarea']);

/**
 * The ranges of markup text to change, found under `node`.
 * @param {unknown} node
 * @param {{ start: number, end: number, raw: string }[]} found
 */
function collect(node, found) {
	if (Array.isArray(node)) {
		for (const item of node) collect(item, found);
		return;
	}
	if (!node || typeof node !== 'object') return;
	const n = /** @type {Record<string, unknown>} */ (node);
	if (n.type === 'Text' && typeof n.start === 'number' && typeof n.end === 'number') {
		found.push({ start: n.start, end: n.end, raw: String(n.raw) });
		return;
	}
	if (n.type === 'RegularElement' && VERBATIM.has(String(n.name))) return;
	for (const [key, value] of Object.entries(n)) {
		// Attributes, and the JavaScript of expressions and scripts, are left as written.
		if (key === 'attributes' || key === 'instance' || key === 'module' || key === 'css') continue;
		if (key === 'expression' || key === 'metadata' || key === 'options') continue;
		collect(value, found);
	}
}

/**
 * `content` (a component's source) with French spaces in its markup text.
 * @param {string} content
 * @returns {string}
 */
export function frenchMarkup(content) {
	/** @type {{ start: number, end: number, raw: string }[]} */
	const found = [];
	collect(parse(content, { modern: true }).fragment, found);
	let out = content;
	for (const { start, end, raw } of found.sort((a, b) => b.start - a.start)) {
		const text = frenchSpaces(raw);
		if (text !== raw) out = out.slice(0, start) + text + out.slice(end);
	}
	return out;
}

/** @returns {import('svelte/compiler').PreprocessorGroup} */
export function frenchTypography() {
	return {
		name: 'french-typography',
		markup: ({ content }) => ({ code: frenchMarkup(content) })
	};
}
