import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, TEST_ONLY_ARGS } from './tests/helpers/chromium';

/** PW_PORT lets two work trees run their browser tests side by side. */
const port = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	// The engine-heavy tests (several pages, each starting DuckDB) take 30–35 s alone on this
	// 2-core machine, and went past 60 s once it was loaded: a limit for hangs, not a speed target.
	timeout: 120_000,
	expect: { timeout: 20_000 },
	fullyParallel: false,
	// One worker: with two, the engine-heavy tests time out on a loaded 2-core machine (six did).
	workers: Number(process.env.PW_WORKERS ?? 1),
	retries: 0,
	reporter: [['list']],
	webServer: {
		// The built site, as any static host would serve it.
		command: `npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	},
	use: {
		// Each new context would install the offline service worker, which caches the whole site
		// (about 20 MB) and then the engine: a fifth of the suite's time, measured. The tests of
		// offline use and of what the worker serves allow it (`test.use`).
		serviceWorkers: 'block',
		baseURL: `http://localhost:${port}`,
		locale: 'fr-FR',
		viewport: { width: 1400, height: 900 },
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: [...CHROMIUM_ARGS, ...TEST_ONLY_ARGS]
		}
	}
});
