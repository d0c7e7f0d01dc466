/** Another EPCI of the Gard works by changing only the SIREN. */
import { describe, expect, it } from 'vitest';
import { runInto } from './test/helpers';

describe('other territories', () => {
	it('CA de Nîmes Métropole (243000643): 39 members, same 350-commune context', async () => {
		const o = await runInto('243000643');
		expect(o.rows.size).toBe(350);
		expect([...o.rows.values()].filter((r) => r.in_territory === '1')).toHaveLength(39);
		expect(o.rows.get('30189')?.in_territory).toBe('1');
		expect(o.rows.get('30007')?.in_territory).toBe('0');
		expect(o.snapshot.indicators.chomage_15_24?.territory.total).toBe(39);
	});

	it('CC du Piémont Cévenol (200034411): 34 members', async () => {
		const o = await runInto('200034411');
		expect((o.json('territory.json') as { communes: string[] }).communes).toHaveLength(34);
		expect(o.snapshot.indicators.part_0_14?.territory.covered).toBe(34);
	});
});
