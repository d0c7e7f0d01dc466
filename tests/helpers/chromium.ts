/**
 * Debian's Chromium for browser tests and the benchmark (Playwright's own browser download cannot
 * work here). Without the background-networking flags Chromium keeps trying to reach outside hosts.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
