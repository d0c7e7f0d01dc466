import { describe, expect, it } from 'vitest';
import { makeProblem } from '../../../../tests/fixtures/workshops/problem';
import {
	keepTablesCopy,
	readStoreTables,
	type TablesReply,
	type TablesRequest,
	type TablesWorker
} from './store-tables';

/** A fake worker: records what the page asks; `reply` answers as the worker would. */
function fakeWorker() {
	const asked: TablesRequest['kind'][] = [];
	let terminated = 0;
	const worker: TablesWorker = {
		postMessage: (m) => void asked.push(m.kind),
		onmessage: null,
		onerror: null,
		terminate: () => void terminated++
	};
	const reply = (data: TablesReply) => worker.onmessage?.({ data } as MessageEvent<TablesReply>);
	return { worker, asked, reply, terminated: () => terminated };
}

const tables = { problems: new Uint8Array([1]), problem_links: new Uint8Array([2]) };

describe('readStoreTables (the page side of the store reader worker)', () => {
	it('gives the tables, then the problems once asked, and stops the worker', async () => {
		const w = fakeWorker();
		const reading = readStoreTables(() => w.worker);
		w.reply({
			kind: 'tables',
			tables,
			count: 3,
			entries: [],
			notice: 'vu',
			fromCopy: false
		});
		const store = await reading;
		expect(store).toMatchObject({ tables, count: 3, notice: 'vu' });
		expect(w.asked).toEqual(['read']);
		const problems = store!.problems();
		expect(store!.problems()).toBe(problems); // asked once
		w.reply({ kind: 'slice', problems: [makeProblem('a'), makeProblem('b')] });
		w.reply({ kind: 'slice', problems: [makeProblem('c')] });
		w.reply({ kind: 'end' });
		expect((await problems).map((p) => p.id)).toEqual(['a', 'b', 'c']);
		expect(w.asked).toEqual(['read', 'problems']);
		expect(w.terminated()).toBe(1);
	});

	it('reads on the page when no worker runs or it fails to start', async () => {
		expect(await readStoreTables(() => null)).toBeNull();
		const w = fakeWorker();
		const reading = readStoreTables(() => w.worker);
		w.worker.onerror?.({ message: 'script refusé' } as ErrorEvent);
		expect(await reading).toBeNull();
	});

	it("passes on the worker's French message when the reading fails", async () => {
		const w = fakeWorker();
		const reading = readStoreTables(() => w.worker);
		w.reply({ kind: 'error', message: 'Le stockage de ce navigateur est plein.' });
		await expect(reading).rejects.toThrow('Le stockage de ce navigateur est plein.');
	});

	it('fails the problems, never leaves them waiting, when the worker is lost after the tables', async () => {
		const w = fakeWorker();
		const reading = readStoreTables(() => w.worker);
		w.reply({
			kind: 'tables',
			tables,
			count: 2,
			entries: [],
			notice: '',
			fromCopy: false
		});
		const store = await reading;
		w.worker.onerror?.({ message: 'mémoire épuisée' } as ErrorEvent);
		await expect(store!.problems()).rejects.toThrow('mémoire épuisée');
		expect(w.asked).toEqual(['read']);
	});

	it('needs no second message when the store holds no problem', async () => {
		const w = fakeWorker();
		const reading = readStoreTables(() => w.worker);
		w.reply({
			kind: 'tables',
			tables,
			count: 0,
			entries: [],
			notice: '',
			fromCopy: false
		});
		const store = await reading;
		expect(await store!.problems()).toEqual([]);
		expect(w.asked).toEqual(['read']);
		expect(w.terminated()).toBe(1);
	});
});

describe('keepTablesCopy (a page that wrote asks a worker to keep the copy)', () => {
	it('asks for « keep », says whether a copy is kept, and stops the worker', async () => {
		const w = fakeWorker();
		const keeping = keepTablesCopy(() => w.worker);
		expect(w.asked).toEqual(['keep']);
		w.reply({ kind: 'kept', kept: true });
		expect(await keeping).toBe(true);
		expect(w.terminated()).toBe(1);
		const refused = fakeWorker();
		const notKept = keepTablesCopy(() => refused.worker);
		refused.reply({ kind: 'kept', kept: false });
		expect(await notKept).toBe(false);
	});

	it('never fails: an error, a worker that cannot start or no worker at all give false', async () => {
		const w = fakeWorker();
		const failing = keepTablesCopy(() => w.worker);
		w.reply({ kind: 'error', message: 'Le stockage de ce navigateur est plein.' });
		expect(await failing).toBe(false);
		expect(w.terminated()).toBe(1);
		const broken = fakeWorker();
		const lost = keepTablesCopy(() => broken.worker);
		broken.worker.onerror?.({ message: 'script refusé' } as ErrorEvent);
		expect(await lost).toBe(false);
		expect(await keepTablesCopy(() => null)).toBe(false);
		expect(
			await keepTablesCopy(() => {
				throw new Error('Worker interdit');
			})
		).toBe(false);
	});
});
