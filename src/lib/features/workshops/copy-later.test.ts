import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CopyLater } from './copy-later';

describe('CopyLater (a new copy of the tables once the writes pause)', () => {
	beforeEach(() => {
		// Timers only: the mark goes to the real `performance`.
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		performance.clearMarks('problems:copy-kept');
	});
	afterEach(() => vi.useRealTimers());

	it('makes one copy, `delay` ms after the last of several writes, and marks it', async () => {
		const keep = vi.fn(async () => true);
		const later = new CopyLater(keep, 2000);
		later.schedule();
		await vi.advanceTimersByTimeAsync(1500);
		later.schedule(); // a second write: the wait starts again
		await vi.advanceTimersByTimeAsync(1500);
		expect(keep).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(500);
		expect(keep).toHaveBeenCalledTimes(1);
		expect(performance.getEntriesByName('problems:copy-kept')).toHaveLength(1);
	});

	it('after an import, makes the copy at once; a later write waits `delay` again', async () => {
		const keep = vi.fn(async () => true);
		const later = new CopyLater(keep, 2000);
		later.schedule(); // a deletion: its copy would wait 2 s…
		await vi.advanceTimersByTimeAsync(500);
		later.schedule(true); // …then an import: at once
		await vi.advanceTimersByTimeAsync(0);
		expect(keep).toHaveBeenCalledTimes(1);
		later.schedule();
		await vi.advanceTimersByTimeAsync(1999);
		expect(keep).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(keep).toHaveBeenCalledTimes(2);
	});

	it('a write during a making starts another once it ends; a copy not kept is not marked', async () => {
		let finish: (kept: boolean) => void = () => {};
		const keep = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
		const later = new CopyLater(keep, 100);
		later.schedule();
		await vi.advanceTimersByTimeAsync(100);
		expect(keep).toHaveBeenCalledTimes(1);
		later.schedule(); // written while the first copy is being made
		await vi.advanceTimersByTimeAsync(100);
		expect(keep).toHaveBeenCalledTimes(1); // one at a time
		finish(false); // the store changed under it: not kept
		await vi.advanceTimersByTimeAsync(0);
		expect(performance.getEntriesByName('problems:copy-kept')).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(100);
		expect(keep).toHaveBeenCalledTimes(2);
		finish(true);
		await vi.advanceTimersByTimeAsync(0);
		expect(performance.getEntriesByName('problems:copy-kept')).toHaveLength(1);
	});

	it('stop: a copy not yet started is not made', async () => {
		const keep = vi.fn(async () => true);
		const later = new CopyLater(keep, 100);
		later.schedule();
		later.stop();
		await vi.advanceTimersByTimeAsync(500);
		expect(keep).not.toHaveBeenCalled();
	});
});
