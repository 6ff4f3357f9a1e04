import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../content/load.ts';
import { handbookPaths } from '../content/paths.ts';
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
