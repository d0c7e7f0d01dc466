/** Field builders shared by the pages' views: numbers, flags, choices and lists in a URL. */
import * as v from 'valibot';
import { field, type Field } from './codec';

/** An integer between `min` and `max`; `reason` is the French rule shown when it is not. */
export function intField(param: string, min: number, max: number, reason: string): Field<number> {
	return field({
		param,
		schema: v.pipe(
			v.number(reason),
			v.integer(reason),
			v.minValue(min, reason),
			v.maxValue(max, reason)
		),
		// Digits only (a minus sign allowed, to be refused by the bounds with their reason): Number()
		// also reads « 0x6 », « 6e0 » or « 6. » as 6, and the link was rewritten without a word.
		read: (raw) => ({ value: /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN })
	});
}

/** One of a fixed list of numbers (e.g. the thresholds offered). */
export function numberChoiceField(
	param: string,
	choices: readonly number[],
	reason: string
): Field<number> {
	return field({
		param,
		schema: v.picklist(choices, reason) as v.GenericSchema<unknown, number>,
		// A decimal number as written in a link (« 0.01 »), not « 0x0 » nor « 1e-2 ».
		read: (raw) => ({ value: /^\s*-?\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : NaN })
	});
}

/** One of a fixed list of words. Own values only: « __proto__ » or « toString » never match. */
export function choiceField<T extends string>(
	param: string,
	choices: readonly T[],
	reason: string
): Field<T> {
	return field({ param, schema: v.picklist(choices, reason) as v.GenericSchema<unknown, T> });
}

/** A yes/no switch written « 1 » (« 0 » reads as no). */
export function flagField(param: string): Field<boolean> {
	return field({
		param,
		schema: v.boolean('« 1 » pour oui, « 0 » pour non'),
		read: (raw) => ({ value: raw === '1' ? true : raw === '0' ? false : raw }),
		write: (b) => (b ? '1' : '0')
	});
}

/**
 * A set of words written comma-separated in a fixed order (so one choice gives one link). Unknown
 * words are left out with a note; « param= » (empty) is a choice too: none.
 */
export function setField<T extends string>(
	param: string,
	order: readonly T[],
	reason: string
): Field<T[]> {
	return field({
		param,
		schema: v.array(v.picklist(order, reason)) as v.GenericSchema<unknown, T[]>,
		read: (raw) => {
			const words = raw === '' ? [] : raw.split(',');
			const known = order.filter((w) => words.includes(w));
			const unknown = words.filter((w) => !(order as readonly string[]).includes(w));
			// Only unknown words: the parameter as a whole is invalid (default kept).
			if (unknown.length && !known.length) return { value: unknown };
			// A word written twice counts once, and the link's reader is told.
			const twice = known.filter((w) => words.indexOf(w) !== words.lastIndexOf(w));
			return {
				value: known,
				notes: [
					...[...new Set(unknown)].map((w) => ({
						reason: `« ${w} » inconnu : ${reason}`,
						part: true
					})),
					...twice.map((w) => ({ reason: `« ${w} » figure deux fois`, part: true }))
				]
			};
		},
		write: (list) => order.filter((w) => list.includes(w)).join(',')
	});
}
