import { describe, expect, it } from 'vitest';
import { CIRCLES_CLASS, colourParams, injectMap, PENDING_CLASS, pendingScript } from './prerender';

/** Runs the head script for a page address's `search`: the classes it adds to `<html>`, the events it listens to. */
function runHeadScript(search: string): { classes: string[]; listened: string[] } {
	const classes: string[] = [];
	const listened: string[] = [];
	const body = pendingScript().replace(/^<script>|<\/script>$/g, '');
	new Function('location', 'document', 'addEventListener', body)(
		{ search },
		{ documentElement: { classList: { add: (c: string) => classes.push(c) } } },
		(type: string) => listened.push(type)
	);
	return { classes, listened };
}

describe('the prerendered map', () => {
	it('waits for the colours when a link names an indicator, a method, a class count or smoothing', () => {
		// The map page's parameters (src/lib/view/carte.ts) that change colours; commune and
		// problemes do not.
		expect(colourParams()).toEqual(['indicateur', 'classes', 'n', 'lisse']);
		expect(pendingScript()).toContain(`classList.add('${PENDING_CLASS}')`);
	});

	it('writes the map and the key into the empty slots Svelte rendered, and the script into the head', () => {
		const html =
			'<html><head><title>x</title></head><body><div class="waiting"><div data-early-key="" class="svelte-1x"></div></div><div class="svg-map svelte-3wfptj" data-svg-map="" data-testid="svg-map"></div><div data-other=""></div></body></html>';
		const out = injectMap(html, { map: '<svg></svg>', key: '<div class="compact-key"></div>' });
		expect(out).toContain(
			'<div class="svg-map svelte-3wfptj" data-svg-map="" data-testid="svg-map"><svg></svg></div><div data-other=""></div>'
		);
		expect(out).toContain(
			'<div class="waiting"><div data-early-key="" class="svelte-1x"><div class="compact-key"></div></div></div>'
		);
		expect(out).toContain(`${pendingScript()}</head>`);
	});

	it('runs the head script: pending with ?indicateur=…, not with ?commune=…', () => {
		const run = runHeadScript;
		// Pending: the default view's dashed outlines stay hidden (the page draws the view's own).
		expect(run('?indicateur=part_15_29')).toEqual({ classes: [PENDING_CLASS], listened: [] });
		expect(run('?n=4')).toEqual({ classes: [PENDING_CLASS], listened: [] });
		// The default view: they are shown once the page is parsed (two frames later).
		expect(run('?commune=30007')).toEqual({ classes: [], listened: ['DOMContentLoaded'] });
		expect(run('')).toEqual({ classes: [], listened: ['DOMContentLoaded'] });
	});

	it('keeps the default colours for a link that spells out the default view', () => {
		const run = (search: string) => runHeadScript(search).classes.includes(PENDING_CLASS);
		// The default view (src/lib/features/atlas/view.ts): unemployment of the 15–24, quantiles,
		// five classes, not smoothed.
		expect(run('?n=5')).toBe(false);
		expect(run('?indicateur=chomage_15_24&classes=quantile&n=5&lisse=0&commune=30007')).toBe(false);
		// Another value, or one the page reads otherwise or names: wait for the page.
		expect(run('?n=6')).toBe(true);
		expect(run('?classes=jenks')).toBe(true);
		expect(run('?lisse=1')).toBe(true);
		expect(run('?n=05')).toBe(true);
		expect(run('?n=5&n=5')).toBe(true);
		expect(run('?indicateur=')).toBe(true);
	});

	it('marks a link that asks for the workshops’ circles, whose key row the HTML holds', () => {
		const classesFor = (search: string) => runHeadScript(search).classes;
		expect(classesFor('?problemes=1')).toEqual([CIRCLES_CLASS]);
		expect(classesFor('?problemes=1&n=4')).toEqual([CIRCLES_CLASS, PENDING_CLASS]);
		expect(classesFor('?problemes=0')).toEqual([]);
		expect(classesFor('?commune=30007')).toEqual([]);
	});
});
