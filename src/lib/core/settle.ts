/**
 * Promises started from `$effect` or `onMount` cannot be awaited there: `settle` catches their
 * failure and hands the page a French message instead of leaving an unhandled rejection.
 */

/** French text of any thrown value. */
export function errorText(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

/** Catches `promise`; on failure calls `fail` with « `what` (cause). ». */
export function settle(
	promise: Promise<unknown>,
	what: string,
	fail: (message: string) => void
): void {
	promise.catch((e: unknown) => fail(`${what} (${errorText(e)}).`));
}
