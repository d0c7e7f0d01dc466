import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// DuckDB-WASM ships its own workers and wasm files; pre-bundling breaks their URLs.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	worker: { format: 'es' },
	server: { port: 5173, strictPort: false },
	preview: { port: 4173, strictPort: true },
	test: {
		expect: { requireAssertions: true },
		// One worker per core (Vitest's default leaves one idle): on 2 cores the unit tests took
		// 77 s instead of 102 (3 December 2026).
		maxWorkers: '100%',
		projects: [
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'client',
					environment: 'jsdom',
					// No component test mocks modules or globals, and each cleans its DOM (Testing
					// Library): one jsdom and one module cache per worker. The unit run took 65 s
					// instead of 79 (4 December 2026); the files also pass in shuffled order.
					isolate: false,
					include: ['src/**/*.svelte.{test,spec}.{js,ts}'],
					setupFiles: ['./src/vitest-setup-client.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.{test,spec}.{js,ts}', 'tests/unit/**/*.{test,spec}.{js,ts}'],
					exclude: ['src/**/*.svelte.{test,spec}.{js,ts}'],
					testTimeout: 60000,
					hookTimeout: 60000,
					// No test mocks modules or globals, so the server files can share one module cache per
					// worker: a full run spends about half as much CPU (mostly imports of DuckDB and exceljs).
					isolate: false
				}
			}
		]
	}
});
