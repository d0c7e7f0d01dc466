import { describe, expect, it } from 'vitest';
import { keepLastComparison, readLastComparison, withCommune } from './last-comparison';

const memory = () => {
	const m = new Map<string, string>();
	return {
		getItem: (k: string) => m.get(k) ?? null,
		setItem: (k: string, v: string) => void m.set(k, v),
		removeItem: (k: string) => void m.delete(k)
	};
};

describe('the last comparison', () => {
	it('is kept and read back as its query', () => {
		const s = memory();
		keepLastComparison('communes=30007%2C30132&theme=jeunesse', s);
		expect(readLastComparison(s)).toBe('communes=30007%2C30132&theme=jeunesse');
		keepLastComparison('', s);
		expect(readLastComparison(s)).toBeNull();
	});
	it('ignores what is not a comparison, and a storage that throws', () => {
		const s = memory();
		s.setItem('atlas-derniere-comparaison', 'theme=jeunesse');
		expect(readLastComparison(s)).toBeNull();
		// Only the comparison's own parameters come back.
		s.setItem('atlas-derniere-comparaison', 'communes=30007&n=999&theme=jeunesse');
		expect(readLastComparison(s)).toBe('communes=30007&theme=jeunesse');
		s.setItem('atlas-derniere-comparaison', `communes=${'3'.repeat(400)}`);
		expect(readLastComparison(s)).toBeNull();
		const broken = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
			removeItem: () => undefined
		};
		expect(readLastComparison(broken)).toBeNull();
		expect(() => keepLastComparison('communes=30007', broken)).not.toThrow();
	});
	it('adds a portrait’s commune at the end, once, six at most, the theme kept', () => {
		expect(withCommune(null, '30132')).toBe('communes=30132');
		expect(withCommune('communes=30007%2C30132&theme=jeunesse', '30010')).toBe(
			'communes=30007%2C30132%2C30010&theme=jeunesse'
		);
		expect(withCommune('communes=30007%2C30132', '30007')).toBe('communes=30132%2C30007');
		// Six already: the first one leaves. A code that is not one (« <b> ») is dropped.
		expect(
			withCommune('communes=30001%2C30002%2C30003%2C30004%2C30005%2C30006%2C%3Cb%3E', '30007')
		).toBe('communes=30002%2C30003%2C30004%2C30005%2C30006%2C30007');
	});
});
