import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../content/load.ts';
import { handbookPaths } from '../content/paths.ts';
import { searchWords } from './ranking.ts';
import { searchVocabulary } from './vocabulary.ts';

describe('the search vocabulary of the real handbook', () => {
	const vocabulary = searchVocabulary(loadHandbook(handbookPaths(), '0.0.0'));

	it('holds the words of names, everyday terms, glossary entries and chapter titles', () => {
		for (const word of [
			'receivables',
			'provisioning',
			'churn',
			'dunning',
			'interactive',
			'glossary',
		]) {
			expect(vocabulary).toContain(word);
		}
	});

	it('is sorted lower-case words of four letters or more, each once', () => {
		expect(vocabulary).toEqual([...new Set(vocabulary)].sort());
		expect(vocabulary.filter((w) => !/^\p{Ll}{4,}$/u.test(w))).toEqual([]);
	});
});

describe('the search vocabulary of another edition', () => {
	const handbook = loadHandbook(handbookPaths(), '0.0.0');

	it("holds the edition's renderings of the catalog and its titles, and the English names", () => {
		const es = searchVocabulary(handbook, 'es');
		// "gestión de pedidos": its words as search folds them.
		const words = searchWords(handbook.local('1.1.1.5', 'es')!.local!).filter((w) => w.length >= 4);
		expect(words.length).toBeGreaterThan(0);
		for (const word of words) expect(es).toContain(word);
		expect(es).toContain('provisioning');
		const english = searchVocabulary(handbook);
		expect(words.filter((w) => !english.includes(w)).length).toBeGreaterThan(0);
	});
});
