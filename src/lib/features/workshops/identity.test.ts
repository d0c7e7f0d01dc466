import { describe, expect, it } from 'vitest';
import { formerIdOf, legacyProblemId, problemId, type IdentityKey } from './identity';

const key = (description: string): IdentityKey => ({
	forum: { date: '2025-03-13', lieu: 'Alès', numero: 1 },
	theme: 'jeunesse',
	description,
	communes: ['30007'],
	wholeTerritory: false
});

describe('a problem’s id from its content', () => {
	it('keeps the id it always had when the text is Latin letters, digits and punctuation', () => {
		// Case, accents, punctuation and spaces never counted: these two were and stay one problem.
		const a = key('Pas de bus, le soir… à Alès !');
		const b = key('pas de bus le soir a ales');
		expect(problemId(a)).toBe(legacyProblemId(a));
		expect(problemId(a)).toBe(problemId(b));
		expect(formerIdOf({ ...a, id: problemId(a) })).toBeNull();
	});

	it('tells apart texts in other scripts, or differing by a symbol or an emoji', () => {
		const pairs = [
			['لا توجد حافلات في المساء', 'لا يوجد طبيب أطفال'],
			['Поликлиника закрыта', 'Нет автобуса'],
			['Pas de bus pour les < 16 ans', 'Pas de bus pour les > 16 ans'],
			['Manque de 🚌 le soir', 'Manque de 🚲 le soir']
		];
		for (const [x, y] of pairs) {
			expect(problemId(key(x!))).not.toBe(problemId(key(y!)));
			// They had one id before: the reason for the change.
			expect(legacyProblemId(key(x!))).toBe(legacyProblemId(key(y!)));
		}
	});

	it('gives the former id to look for only for an id derived from the content', () => {
		const k = key('Manque de 🚌 le soir');
		expect(formerIdOf({ ...k, id: problemId(k) })).toBe(legacyProblemId(k));
		expect(formerIdOf({ ...k, id: 'p-donne-par-le-fichier' })).toBeNull();
	});
});
