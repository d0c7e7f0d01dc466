/**
 * SQL colours for the editor, each at least 4.5:1 on white and on the active line's pale blue
 * (WCAG AA): CodeMirror's default style has an orange at 3.6:1 for quoted names.
 */
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';

export const sqlHighlighting = syntaxHighlighting(
	HighlightStyle.define([
		{ tag: t.keyword, color: '#6b1f8f', fontWeight: '600' },
		{ tag: [t.string, t.special(t.string)], color: '#9b1c1c' },
		{ tag: [t.number, t.bool, t.null], color: '#0b6146' },
		{ tag: [t.lineComment, t.blockComment, t.comment], color: '#5a5a00', fontStyle: 'italic' },
		{ tag: [t.typeName, t.standard(t.name)], color: '#1f4e79' },
		{ tag: [t.special(t.name), t.quote], color: '#7a3e00' },
		{ tag: t.invalid, color: '#9b1c1c', textDecoration: 'underline' }
	])
);
