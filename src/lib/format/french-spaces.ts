/** French typography for text that may be cut into lines. */

/**
 * No line break inside « » nor before « : » and « ; » (French typography; a lone « » » or
 * « ; statuts » began printed lines): those spaces become no-break spaces.
 */
export function frenchSpaces(text: string): string {
	return text.replace(/« /g, '«\u00a0').replace(/ ([»:;?!])/g, '\u00a0$1');
}
