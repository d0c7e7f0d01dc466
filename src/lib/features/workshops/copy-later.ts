/**
 * After a write on /ateliers, the page makes sure a copy of the engine's tables is kept
 * (`engine-copy.ts`) once the writes pause, in a worker: the map or /croisements opened next
 * count from it (about 2 s at 100 000 problems) instead of reading every record again (about
 * 3 s). A copy that the writes' journal keeps up to date (`journal.ts`) is left as it is; one is
 * built only when there is none (never kept yet, or its journal broken). Leaving the page before
 * then loses nothing: the next page reads the store itself.
 */
import { keepTablesCopy } from './store-tables';

/** Quiet time after the last write before the copy is made (a user often edits several). */
export const COPY_DELAY_MS = 2000;

export class CopyLater {
	#timer: ReturnType<typeof setTimeout> | null = null;
	#running = false;
	#again = false;

	/** `keep`: makes sure an up-to-date copy is kept (a worker; a fake in tests). */
	constructor(
		private readonly keep: () => Promise<boolean> = keepTablesCopy,
		private readonly delay = COPY_DELAY_MS
	) {}

	/**
	 * A write was made: the copy is made `delay` ms after the last one. An import is one write of
	 * its own (a user rarely imports twice in a row): `now` makes the copy at once, so the map
	 * opened soon after counts from it.
	 */
	schedule(now = false): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#run(), now ? 0 : this.delay);
	}

	/** The page is left: nothing more is started (a copy being made is simply not kept). */
	stop(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
	}

	async #run(): Promise<void> {
		this.#timer = null;
		// One at a time: a write during a making makes that copy stale, so another follows.
		if (this.#running) {
			this.#again = true;
			return;
		}
		this.#running = true;
		try {
			// The witness of browser tests and the benchmark.
			if (await this.keep()) performance.mark('problems:copy-kept');
		} finally {
			this.#running = false;
			if (this.#again) {
				this.#again = false;
				this.schedule();
			}
		}
	}
}
