/**
 * « Annuler la requête » on a query the engine cannot stop (one long step, such as a huge join):
 * the console says so after a few seconds and offers to reload, instead of « Calcul en cours… »
 * for ever. A query that does stop says « annulée » and never that.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppCore } from '$lib/core/app-core.svelte';
import { CANCELLED, UserSqlError, type RunningQuery } from '$lib/data/user-sql';
import { SqlConsole, STUCK_AFTER_MS } from './sql-console.svelte';

/** A console over a fake core whose one query ends only when `stops` says so on cancel. */
function consoleWith(stops: boolean): SqlConsole {
	let fail: (e: Error) => void = () => {};
	const running: RunningQuery = {
		result: new Promise((_, reject) => (fail = reject)),
		cancel: async () => {
			if (stops) fail(new UserSqlError(CANCELLED));
		}
	};
	const core = {
		userSql: async () => ({ start: () => running }),
		problems: { example: false }
	} as unknown as AppCore;
	const c = new SqlConsole(core);
	c.status = 'idle';
	return c;
}

describe('cancelling a query', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('that the engine cannot stop: says so after a few seconds, not before', async () => {
		const c = consoleWith(false);
		void c.run();
		await vi.waitFor(() => expect(c.running).toBe(true));
		await c.cancel();
		await vi.advanceTimersByTimeAsync(STUCK_AFTER_MS - 1);
		expect(c.stuck).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(c.stuck).toBe(true);
		expect(c.running).toBe(true);
	});

	it('that stops: « annulée », and never « cannot be stopped »', async () => {
		const c = consoleWith(true);
		void c.run();
		await vi.waitFor(() => expect(c.running).toBe(true));
		await c.cancel();
		await vi.advanceTimersByTimeAsync(STUCK_AFTER_MS * 2);
		expect(c.status).toBe('cancelled');
		expect(c.error).toBe(CANCELLED);
		expect(c.stuck).toBe(false);
	});
});
