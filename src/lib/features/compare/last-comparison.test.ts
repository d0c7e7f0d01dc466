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
	it('adds a portrait’s commune at the end, once, the theme kept; never drops one', () => {
		expect(withCommune(null, '30132')).toEqual({ query: 'communes=30132', full: false });
		expect(withCommune('communes=30007%2C30132&theme=jeunesse', '30010')).toEqual({
			query: 'communes=30007%2C30132%2C30010&theme=jeunesse',
			full: false
		});
		// Already compared: it keeps its place.
		expect(withCommune('communes=30007%2C30132', '30007').query).toBe('communes=30007%2C30132');
		// Six already: the comparison as it is, and `full`. A code that is not one (« <b> ») is
		// dropped.
		const six = 'communes=30001%2C30002%2C30003%2C30004%2C30005%2C30006';
		expect(withCommune(`${six}%2C%3Cb%3E`, '30007')).toEqual({ query: six, full: true });
		expect(withCommune(six, '30003')).toEqual({ query: six, full: false });
	});
});
