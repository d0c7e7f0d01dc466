/**
 * When the page has finished its own start, so that background work does not compete with it.
 * The service worker's first install copies the whole site (every page, script and data file) and
 * the engine's files are fetched for offline use; on a 2-core computer that slowed the first map
 * (the SVG is there at once, but MapLibre's worker shared the machine with the copy). A page whose
 * start matters says so (`holdUntil`, the map pages: until their first map is interactive); every
 * page waits for the window's `load` event. Never longer than `MAX_WAIT_MS`, so that a page whose
 * start failed still gets its offline copy.
 */

/** The longest background work waits for a page's start. */
export const MAX_WAIT_MS = 15_000;

const holds: Promise<void>[] = [];
/** False once the page's start is over: a page visited later in the tab holds nothing. */
let accepting = true;

/**
 * Background work waits for `start` (settled either way: a failed start is the page's to report,
 * it only stops holding), or `MAX_WAIT_MS`. Does nothing once the page's start is over.
 */
export function holdUntil(start: Promise<unknown>): void {
	if (accepting) holds.push(start.then(ignore, ignore));
}

function ignore(): void {}

function loaded(): Promise<void> {
	if (document.readyState === 'complete') return Promise.resolve();
	return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

const tick = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Resolves once the window has loaded and every hold has settled (a page registers its hold while
 * it mounts, in the same task as the header: one macrotask later they are all known).
 */
export async function pageSettled(maxWaitMs = MAX_WAIT_MS): Promise<void> {
	accepting = true;
	const limit = new Promise((resolve) => setTimeout(resolve, maxWaitMs));
	await Promise.race([
		(async () => {
			await loaded();
			await tick();
			await Promise.all(holds.splice(0));
		})(),
		limit
	]);
	accepting = false;
	holds.length = 0;
}
