/** A clause made to start a sentence or a cell: its first letter upper-case (« sans collège » → « Sans collège »). */
export function sentenceStart(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
