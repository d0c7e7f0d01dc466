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
