import { describe, expect, it } from 'vitest';
import { rankSubResults, type SubResult } from './ranking.ts';
import { HEADING_MATCH_WEIGHT, PAGEFIND_WEIGHT } from './tuning.ts';

const { processHeading, glossaryTerm } = PAGEFIND_WEIGHT;
const page = '/operations/crm/';

/**
 * A section with one match per weight given: 1 is body text, 6 an h2, 7 a page title (h1) or a
 * glossary term, 10 a process heading. An empty anchor makes the page's own entry.
 */
const section = (anchor: string, ...weights: number[]): SubResult => ({
	url: anchor ? `${page}#${anchor}` : page,
	locations: weights.map((_, i) => i * 10),
	weighted_locations: weights.map((weight) => ({ weight })),
});

const anchors = (results: SubResult[]) => results.map((r) => r.url.replace(page, '') || '(page)');

describe('rankSubResults', () => {
	it('puts a section whose process heading matches before earlier sections with more matches', () => {
		const ranked = rankSubResults(page, [
			section('process-1-1-1', 1, 1, 1, 1),
			section('process-1-1-1-5', processHeading, 1),
		]);
		expect(anchors(ranked)).toEqual(['#process-1-1-1-5', '#process-1-1-1']);
	});

	it("keeps the page's own entry first, however few its matches", () => {
		const ranked = rankSubResults(page, [
			section('', 1),
			section('overview', 1, 1),
			section('process-1-1-1-5', processHeading, processHeading),
		]);
		expect(anchors(ranked)).toEqual(['(page)', '#process-1-1-1-5', '#overview']);
	});

	it('ranks every section when Pagefind gives no entry for the page itself', () => {
		const ranked = rankSubResults(page, [
			section('a', 1),
			section('b', 1, 1),
			section('c', glossaryTerm),
		]);
		expect(anchors(ranked)).toEqual(['#c', '#b', '#a']);
	});

	it('counts heading matches first, then all matches', () => {
		const ranked = rankSubResults(page, [
			section('one-heading-many-matches', processHeading, 1, 1, 1, 1),
			section('two-headings', processHeading, processHeading),
			section('one-heading-one-match', processHeading),
		]);
		expect(anchors(ranked)).toEqual([
			'#two-headings',
			'#one-heading-many-matches',
			'#one-heading-one-match',
		]);
	});

	it('counts glossary terms and page titles as heading matches, ordinary h2 headings not', () => {
		const ranked = rankSubResults(page, [
			section('h2-match', 6, 1, 1),
			section('glossary-term', HEADING_MATCH_WEIGHT),
		]);
		expect(anchors(ranked)).toEqual(['#glossary-term', '#h2-match']);
	});

	it('keeps page order between equally good sections', () => {
		const ranked = rankSubResults(page, [section('', 1), section('a', 1, 1), section('b', 1), section('c', 1, 1)]);
		expect(anchors(ranked)).toEqual(['(page)', '#a', '#c', '#b']);
	});

	it('keeps only the sections the UI shows, so that it cannot drop the best one for a longer one', () => {
		const ranked = rankSubResults(page, [
			section('', 1),
			section('long-1', 1, 1, 1, 1, 1, 1),
			section('long-2', 1, 1, 1, 1, 1),
			section('long-3', 1, 1, 1, 1),
			section('process', processHeading, processHeading, 1),
		]);
		expect(anchors(ranked)).toEqual(['(page)', '#process', '#long-1', '#long-2']);
	});

	it('treats a section without weighted locations as having no heading match', () => {
		const bare = { url: `${page}#bare`, locations: [1, 2, 3] };
		const ranked = rankSubResults(page, [bare, section('heading', processHeading)]);
		expect(anchors(ranked)).toEqual(['#heading', '#bare']);
	});

	it('leaves its input as it is and keeps the other fields of each sub-result', () => {
		const input = [section('a', 1), section('b', processHeading)].map((s, i) => ({
			...s,
			title: `T${i}`,
		}));
		const before = [...input];
		const ranked = rankSubResults(page, input);
		expect(input).toEqual(before);
		expect(ranked.map((r) => r.title)).toEqual(['T1', 'T0']);
		expect(rankSubResults(page, [])).toEqual([]);
	});
});

describe('search weights', () => {
	it('put process headings above glossary terms, and both above an h2 (weight 6)', () => {
		expect(processHeading).toBeLessThanOrEqual(10); // Pagefind's maximum
		expect(processHeading).toBeGreaterThan(glossaryTerm);
		expect(glossaryTerm).toBeGreaterThanOrEqual(HEADING_MATCH_WEIGHT);
		expect(HEADING_MATCH_WEIGHT).toBeGreaterThan(6);
	});
});
