import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { frenchTypography } from './src/build/french-typography.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	// The components' own text with French no-break spaces (« n.d. », « Source : »), then TypeScript.
	preprocess: [frenchTypography(), vitePreprocess()],
	kit: {
		// 404.html: static hosts (GitHub Pages, Netlify, nginx `error_page`…) serve it for unknown
		// paths; it boots the app, which shows the French « Page introuvable » (+error.svelte).
		// SvelteKit writes fallback pages with absolute asset paths, so it works at any depth.
		adapter: adapter({ fallback: '404.html', precompress: false, strict: true }),
		prerender: { handleHttpError: 'fail' },
		// The small stylesheets go into the HTML: the first paint (the SVG map) waits for every
		// stylesheet, and twelve requests of under 8 kB each cost more than their bytes.
		inlineStyleThreshold: 8192,
		// Registered by the page once its own start is over (src/lib/io/app-status.svelte.ts), not at
		// the window's load: the first install copies the whole site and slowed the first map.
		serviceWorker: { register: false }
	}
};

export default config;
