import { describe, expect, it } from 'vitest';
import { frenchText } from '../lib/format/french-spaces.js';
import { frenchMarkup } from './french-typography.js';

/** No-break spaces made visible, to read the expectations. */
const shown = (text: string) => text.replace(/\u00a0/g, '⍽');

describe('frenchMarkup (the components\' text, before Svelte compiles it)', () => {
	it('puts no-break spaces in the text between tags, in blocks and components too', () => {
		const source = [
			'<p>Valeur « n.d.',
			'\t» : secret ; voir {link} !</p>',
			'{#if a}<span>Pourquoi ?</span>{:else}Source : {s}{/if}',
			'{#each xs as x}{x} ;{/each}<Legend>Classes :</Legend>'
		].join('\n');
		expect(shown(frenchMarkup(source, { expressions: false }))).toBe(
			[
				'<p>Valeur «⍽n.d.⍽»⍽: secret⍽; voir {link}⍽!</p>',
				'{#if a}<span>Pourquoi⍽?</span>{:else}Source⍽: {s}{/if}',
				'{#each xs as x}{x}⍽;{/each}<Legend>Classes⍽:</Legend>'
			].join('\n')
		);
	});

	it('leaves scripts, styles, attributes and text shown as typed', () => {
		const source = [
			'<script lang="ts">const label: string = "« a » : b";</script>',
			'<p title="Source : x" style="color : red" aria-label={`« ${label} »`}>Fin</p>',
			'<code>a ? b {label}</code><pre>x : y</pre><kbd>Ctrl ; </kbd>',
			'<table data-as-typed><td>a : b {label}</td></table>{@html label}',
			'<style>p { color : red; }</style>'
		].join('\n');
		expect(frenchMarkup(source)).toBe(source);
	});

	it('wraps the text expressions in frenchText, imported in the component\'s script', () => {
		const source = [
			'<p>Naissances : {count(x) as string}</p>',
			'<script lang="ts">',
			'\tlet x = 1;',
			'</script>',
			'{#each xs as x (x.id)}<li title={x.t}>{x.label}</li>{/each}'
		].join('\n');
		expect(shown(frenchMarkup(source))).toBe(
			[
				'<p>Naissances⍽: {__frenchText(count(x) as string)}</p>',
				'<script lang="ts">',
				"import { frenchText as __frenchText } from '$lib/format/french-spaces.js';",
				'\tlet x = 1;',
				'</script>',
				'{#each xs as x (x.id)}<li title={x.t}>{__frenchText(x.label)}</li>{/each}'
			].join('\n')
		);
	});

	it('adds a script for the import when the component has none, and not for markup alone', () => {
		expect(frenchMarkup('<b>{a}</b>')).toBe(
			"<script>import { frenchText as __frenchText } from '$lib/format/french-spaces.js';</script>\n<b>{__frenchText(a)}</b>"
		);
		expect(frenchMarkup('<b>Total :</b>')).toBe('<b>Total\u00a0:</b>');
		expect(frenchMarkup('<b>{a} :</b>', { expressions: false })).toBe('<b>{a}\u00a0:</b>');
	});
});

describe('frenchText (a value shown in a page)', () => {
	it('gives strings French spaces and leaves other values as they are', () => {
		expect(shown(frenchText('naissances : 402 pour « 1 000 »'))).toBe(
			'naissances⍽: 402 pour «⍽1 000⍽»'
		);
		expect(frenchText(12.5)).toBe(12.5);
		expect(frenchText(null)).toBe(null);
		expect(frenchText(undefined)).toBe(undefined);
	});
});
