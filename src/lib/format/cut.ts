/**
 * Text written by anyone (a link's value, an address typed) shown in a sentence: a long one is cut
 * after its first characters and says how long it was (« …… (5 000 caractères) »), so that it
 * cannot fill the page. Characters, not UTF-16 units: an accent or an emoji is never split.
 */
import { formatNumber } from './number';

export function cutLong(value: string, shown = 60): string {
	const chars = [...value];
	if (chars.length <= shown) return value;
	return `${chars.slice(0, shown).join('')}… (${formatNumber(chars.length, 0)} caractères)`;
}
