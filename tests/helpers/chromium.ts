/**
 * Debian's Chromium for browser tests and the benchmark (Playwright's own browser download cannot
 * work here). Without the background-networking flags Chromium keeps trying to reach outside hosts.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The features Playwright 1.65 disables itself (its `--disable-features`). Chromium keeps only
 * the last `--disable-features` of its command line, so ours must repeat them:
 * tests/unit/chromium-flags.test.ts fails if Playwright's list gains a name this one lacks.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'TcpPortRandomizationWin',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch',
	'msForceBrowserSignIn',
	'msEdgeUpdateLaunchServicesPreferredVersion'
];

/**
 * Chromium's own address-bar popup, a web page of its interface (chrome://omnibox-popup): each new
 * window (each test's and each benchmark run's context) loads it, 0,6 to 3,3 s of processor time
 * (traced on 2 Dec 2026) taken from the page under test on this 2-core machine, at moments that
 * vary from run to run. It is never shown headless.
 */
export const OMNIBOX_WEBUI_FEATURES = [
	'WebUIOmniboxPopup',
	'WebUIOmniboxAimPopup',
	'WebUIOmniboxFullPopup'
];

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	`--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_WEBUI_FEATURES].join(',')}`
];

/**
 * For the browser tests only, not the benchmark (which measures what a visitor's Chromium does).
 * V8 first compiles the engine's WebAssembly (DuckDB, 34 MB) with its baseline compiler, then
 * recompiles the functions that run most with its optimising one, in the background: 3,5 s of
 * processor time after each page load that starts the engine (traced on /comparer on 5 Dec 2026),
 * taken from the test itself on this 2-core machine. The baseline code computes the same results,
 * more slowly on large queries the tests do not make. Measured then, side by side: the engine's
 * start 1,9 s of processor time cheaper, two groups of test files 5 and 7 % faster.
 */
export const TEST_ONLY_ARGS = ['--js-flags=--no-wasm-tier-up,--no-wasm-dynamic-tiering'];
