// @ts-check
/**
 * French typography for text that may be cut into lines. Plain JavaScript: the build's markup
 * step (`src/build/french-typography.js`, run by svelte.config.js) applies the same rule to the
 * pages' own text.
 */

/**
 * No line break inside « » nor before « : », « ; », « ? » and « ! » (French typography; a lone
 * « » » or « ; statuts » began printed lines): the spaces there, however many and whatever
 * their kind (a line break in a page's markup is one), become one no-break space.
 * @param {string} text
 * @returns {string}
 */
export function frenchSpaces(text) {
	return text.replace(/«[ \t\r\n]+/g, '«\u00a0').replace(/[ \t\r\n]+([»:;?!])/g, '\u00a0$1');
}

/**
 * A value shown in a page's text: strings get `frenchSpaces`, anything else (a number, nothing)
 * is shown as it is. The build's markup step wraps the components' text expressions in it, so the
 * strings built in scripts (« naissances : 402 ») follow the same rule as the markup's own text.
 * @template T
 * @param {T} value
 * @returns {T}
 */
export function frenchText(value) {
	return /** @type {T} */ (typeof value === 'string' ? frenchSpaces(value) : value);
}
