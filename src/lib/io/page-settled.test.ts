// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { holdUntil, pageSettled } from './page-settled';

/** Whether `p` has settled after the pending timers and microtasks of `ms` milliseconds. */
async function settledWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
	let done = false;
	void p.then(() => (done = true));
	await new Promise((r) => setTimeout(r, ms));
	return done;
}

describe('pageSettled', () => {
	it('waits for a hold registered while the page mounts, then resolves', async () => {
		let finish!: () => void;
		const settled = pageSettled(10_000);
		// Registered after the call, in the same task: the hold is still waited for.
		holdUntil(new Promise<void>((r) => (finish = r)));
		expect(await settledWithin(settled, 30)).toBe(false);
		finish();
		expect(await settledWithin(settled, 10)).toBe(true);
	});

	it('a failed start does not keep background work waiting', async () => {
		const settled = pageSettled(10_000);
		holdUntil(Promise.reject(new Error('carte indisponible')));
		expect(await settledWithin(settled, 30)).toBe(true);
	});

	it('never waits longer than its limit for a start that never ends', async () => {
		const settled = pageSettled(40);
		holdUntil(new Promise(() => {}));
		expect(await settledWithin(settled, 10)).toBe(false);
		expect(await settledWithin(settled, 80)).toBe(true);
	});

	it('without any hold, resolves once the window has loaded', async () => {
		expect(document.readyState).toBe('complete');
		expect(await settledWithin(pageSettled(10_000), 20)).toBe(true);
	});

	it('a page visited once the start is over holds nothing (its hold is not kept)', async () => {
		await pageSettled(10_000);
		holdUntil(new Promise(() => {}));
		// Had the hold been kept, the next wait would last until its 10 s limit.
		expect(await settledWithin(pageSettled(10_000), 20)).toBe(true);
	});
});
