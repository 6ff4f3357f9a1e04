import { describe, expect, it, vi } from 'vitest';
import type { PageData } from './ranking.ts';
import { correctQuery, editDistance, nearestWord, unmatchedWords } from './spelling.ts';

describe('editDistance', () => {
	it('counts insertions, deletions and substitutions', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('dunnning', 'dunning')).toBe(1);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('churn', 'churn')).toBe(0);
	});

	it('counts a swap of two neighboring letters as one edit, either way round', () => {
		expect(editDistance('chrun', 'churn')).toBe(1);
		expect(editDistance('churn', 'chrun')).toBe(1);
		expect(editDistance('recievables', 'receivables')).toBe(1);
	});
});

describe('nearestWord', () => {
	const vocabulary = [
		'cease',
		'churn',
		'dunning',
		'phase',
		'provisioning',
		'receivables',
		'ticket',
	];

	it('corrects a word to the nearest vocabulary word', () => {
		expect(nearestWord('chrun', vocabulary)).toBe('churn');
		expect(nearestWord('tiket', vocabulary)).toBe('ticket');
		expect(nearestWord('provisoning', vocabulary)).toBe('provisioning');
	});

	it('allows one edit up to six letters and two from seven', () => {
		expect(nearestWord('tikkit', vocabulary)).toBeUndefined();
		expect(nearestWord('dunnnning', vocabulary)).toBe('dunning');
		expect(nearestWord('dunnnnning', vocabulary)).toBeUndefined();
	});

	it('prefers, between equally near words, the one sharing the longest beginning', () => {
		expect(nearestWord('chase', vocabulary)).toBe('cease');
		expect(nearestWord('phose', vocabulary)).toBe('phase');
	});

	it('leaves a vocabulary word alone', () => {
		expect(nearestWord('churn', vocabulary)).toBeUndefined();
	});
});

/** A loaded result whose page has these words, with matches at the given word positions. */
const page = (text: string, ...matched: number[]): PageData => ({
	url: '/p/',
	raw_content: text,
	weighted_locations: matched.map((location) => ({ weight: 1, location })),
	sub_results: [],
});

describe('unmatchedWords', () => {
	it('finds the query words that no loaded result matched', () => {
		const pages = [page('Churn rate (c) is watched', 0, 2)];
		expect(unmatchedWords(['churn', 'rates'], pages)).toEqual(['rates']);
		// Pagefind falls back to the longest indexed word that begins a word it does not know.
		expect(unmatchedWords(['chrun'], pages)).toEqual(['chrun']);
	});

	it('counts a match of the stem: all but the last three letters, and at least three', () => {
		const pages = [page('dispatch payment', 0, 1)];
		expect(unmatchedWords(['dispatching', 'paying'], pages)).toEqual([]);
		expect(unmatchedWords(['dispensing'], pages)).toEqual(['dispensing']);
	});

	it('never returns short words, ids or words with digits', () => {
		expect(unmatchedWords(['sla', 'kpis', '1.1.1.5', 'tmf620'], [])).toEqual(['kpis']);
	});
});

describe('correctQuery', () => {
	const result = (data: PageData) => ({ data: async () => data });
	const vocabulary = ['churn', 'letter', 'dunning'];

	it('corrects the words that matched nothing, keeping the others', async () => {
		const results = [result(page('dunning letter', 1))];
		const load = vi.fn(async () => vocabulary);
		expect(await correctQuery('Dunnning letter', results, load)).toBe('dunning letter');
		expect(await correctQuery('chrun', [], load)).toBe('churn');
	});

	it('loads the vocabulary only when a word matched nothing', async () => {
		const load = vi.fn(async () => vocabulary);
		expect(await correctQuery('churn', [result(page('churn', 0))], load)).toBeUndefined();
		expect(load).not.toHaveBeenCalled();
	});

	it('gives nothing when no word has a correction', async () => {
		expect(await correctQuery('xyzzy plugh', [], async () => vocabulary)).toBeUndefined();
	});

	it('reads a result that fails to load as matching nothing', async () => {
		const broken = { data: () => Promise.reject(new Error('fragment missing')) };
		expect(await correctQuery('chrun', [broken], async () => vocabulary)).toBe('churn');
	});
});
