import { describe, expect, it } from 'vitest';
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
		expect(shown(frenchMarkup(source))).toBe(
			[
				'<p>Valeur «⍽n.d.⍽»⍽: secret⍽; voir {link}⍽!</p>',
				'{#if a}<span>Pourquoi⍽?</span>{:else}Source⍽: {s}{/if}',
				'{#each xs as x}{x}⍽;{/each}<Legend>Classes⍽:</Legend>'
			].join('\n')
		);
	});

	it('leaves scripts, styles, attributes, expressions and text shown as typed', () => {
		const source = [
			'<script lang="ts">const label: string = "« a » : b";</script>',
			'<p title="Source : x" style="color : red">{`« ${label} »`}</p>',
			'<code>a ? b</code><pre>x : y</pre><kbd>Ctrl ; </kbd>',
			'<style>p { color : red; }</style>'
		].join('\n');
		expect(frenchMarkup(source)).toBe(source);
	});
});
