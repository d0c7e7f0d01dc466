import { describe, expect, it } from 'vitest';
import type { SvgCircle } from '$lib/map/problem-circles';
import { ROOM_MAX_RADIUS, roomKey } from './room-map';

const circle = (weight: number, r: number): SvgCircle => ({
	code: String(weight),
	name: `Commune ${weight}`,
	weight,
	problems: 1,
	x: 0,
	y: 0,
	r
});

describe('roomKey: the room slide’s size key, in the map’s units', () => {
	it('the heaviest circle (42, as Alès in the example set) at 44 units, 20 and 4 by area', () => {
		expect(ROOM_MAX_RADIUS).toBe(44);
		const key = roomKey([circle(42, 44), circle(9, 20.4), circle(1, 6.8)]);
		// Smallest first, as the key reads.
		expect(key.map((k) => k.weight)).toEqual([4, 20, 42]);
		expect(key[2]!.r).toBe(44);
		// Area proportional to the weight: r = 44 × √(20 / 42) = 30,36…; 44 × √(4 / 42) = 13,58…
		expect(key[1]!.r).toBeCloseTo(30.363, 2);
		expect(key[0]!.r).toBeCloseTo(13.579, 2);
	});
	it('no circle, no key', () => {
		expect(roomKey([])).toEqual([]);
	});
});
