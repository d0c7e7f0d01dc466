/**
 * Text cut into lines between words, greedily: each line takes as many words as fit `max`, as
 * `measure` counts them (characters by default; a drawn width for a chart's titles). Ordinary
 * spaces, tabs and line breaks only separate words: a no-break space (« 1 000 », « hab. : »)
 * keeps its two words together. A word longer than a line keeps a line of its own.
 */
export function wrapWords(
	text: string,
	max: number,
	measure: (line: string) => number = (line) => line.length
): string[] {
	const lines: string[] = [];
	for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && measure(`${last} ${word}`) <= max)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}
