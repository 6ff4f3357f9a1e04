import { describe, expect, it } from 'vitest';
import {
	headingNames,
	pageNames,
	rankResults,
	rankSubResults,
	searchWords,
	type PageData,
	type PageResult,
	type SubResult,
} from './ranking.ts';
import { HEADING_MATCH_WEIGHT, PAGEFIND_WEIGHT, RESULTS_RANKED } from './tuning.ts';

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
		const ranked = rankSubResults(page, [
			section('', 1),
			section('a', 1, 1),
			section('b', 1),
			section('c', 1, 1),
		]);
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

describe('searchWords', () => {
	it('lower-cases, drops diacritics and splits at spaces and punctuation', () => {
		expect(searchWords('Customer QoS/SLA Management')).toEqual([
			'customer',
			'qos',
			'sla',
			'management',
		]);
		expect(searchWords('Service & Specific Instance Rating')).toEqual([
			'service',
			'specific',
			'instance',
			'rating',
		]);
		expect(searchWords('  Résumé: end-to-end ')).toEqual(['resume', 'end', 'to', 'end']);
	});

	it('keeps an id one word, without the dots around it', () => {
		expect(searchWords('1.1.2.3 Service Problem Management')).toEqual([
			'1.1.2.3',
			'service',
			'problem',
			'management',
		]);
		expect(searchWords('(see 1.1.2.)')).toEqual(['see', '1.1.2']);
	});

	it('gives no words for no text', () => {
		expect(searchWords('')).toEqual([]);
		expect(searchWords(' & / ')).toEqual([]);
	});
});

describe('headingNames', () => {
	const q = searchWords;

	it('is true when every query word is in the heading, in any order', () => {
		expect(
			headingNames('1.1.2.3 Service Problem Management', q('Service Problem Management'))
		).toBe(true);
		expect(headingNames('1.1.2.3 Service Problem Management', q('problem management'))).toBe(true);
		expect(headingNames('1.1.2.3 Service Problem Management', q('1.1.2.3'))).toBe(true);
	});

	it('is false when one query word is missing', () => {
		// The flow chapter that outscored the process section in Pagefind: its title holds one word.
		expect(headingNames('Problem to Solution', q('Service Problem Management'))).toBe(false);
		expect(headingNames('1.1.1.6 Problem Handling', q('Service Problem Management'))).toBe(false);
	});

	it('matches a word by its beginning, as Pagefind does, but an id only whole', () => {
		expect(headingNames('1.1.2.3 Service Problem Management', q('service prob'))).toBe(true);
		expect(headingNames('1.1.2.3 Service Problem Management', q('1.1.2'))).toBe(false);
		expect(headingNames('1.1.1.16 Customer Interface Management', q('1.1.1'))).toBe(false);
		expect(headingNames('1.1.1 Customer Relationship Management', q('1.1.1'))).toBe(true);
	});

	it('is false for a missing heading or an empty query', () => {
		expect(headingNames(undefined, q('problem'))).toBe(false);
		expect(headingNames('Problem to Solution', [])).toBe(false);
	});
});

describe('rankSubResults with the query', () => {
	const titled = (anchor: string, title: string, ...weights: number[]) => ({
		...section(anchor, ...weights),
		title,
	});

	it('puts the section whose heading names the whole query first, before more heading matches', () => {
		const ranked = rankSubResults(
			page,
			[
				titled('', 'Customer Relationship Management', 1),
				titled(
					'process-1-1-1',
					'1.1.1 Customer Relationship Management',
					processHeading,
					processHeading,
					1
				),
				titled('levels-and-ids', 'Levels and ids', 6, 6, 1),
			],
			searchWords('levels and ids')
		);
		expect(anchors(ranked)).toEqual(['(page)', '#levels-and-ids', '#process-1-1-1']);
	});

	it('ranks as before when no heading names the query', () => {
		const input = [section('a', 1, 1), section('b', processHeading)];
		expect(rankSubResults(page, input, searchWords('churn'))).toEqual(rankSubResults(page, input));
	});
});

describe('pageNames', () => {
	const data = (title: string, ...headings: string[]): PageData => ({
		url: page,
		meta: { title },
		sub_results: headings.map((h, i) => ({ url: `${page}#s${i}`, title: h, locations: [] })),
	});

	it("is true for a page whose title or one section's heading names the query", () => {
		expect(
			pageNames(data('Problem to Solution', 'Steps'), searchWords('Problem to Solution'))
		).toBe(true);
		expect(
			pageNames(
				data('Service Management & Operations', '1.1.2.3 Service Problem Management'),
				searchWords('Service Problem Management')
			)
		).toBe(true);
	});

	it('is false when the query words are spread over the title and several headings', () => {
		const crm = data(
			'Customer Relationship Management',
			'1.1.1.6 Problem Handling',
			'1.1.1.10 Service Quality'
		);
		expect(pageNames(crm, searchWords('Service Problem Management'))).toBe(false);
	});
});

describe('rankResults', () => {
	type Data = PageData & { label: string };
	/** A Pagefind result for a page with these headings, counting how often its data is loaded. */
	const result = (label: string, title: string, ...headings: string[]) => {
		const url = `/${label}/`;
		const data: Data = {
			label,
			url,
			meta: { title },
			sub_results: [
				{ url, title, locations: [1] },
				...headings.map((h, i) => ({
					url: `${url}#s${i}`,
					title: h,
					locations: [1],
					weighted_locations: [{ weight: 1 }],
				})),
			],
		};
		const r = { id: label, loads: 0, data: async () => data };
		r.data = async () => {
			r.loads += 1;
			return data;
		};
		return r;
	};
	const labels = async (results: PageResult<Data>[]) =>
		Promise.all(results.map(async (r) => (await r.data()).label));

	// Pagefind's order for "Service Problem Management" in the built handbook: the flow chapter
	// (title boost for "Problem") before the chapter that has the process section.
	const searchResults = () => [
		result('flow', 'Problem to Solution', 'Steps', 'Failure points'),
		result('crm', 'Customer Relationship Management', '1.1.1.6 Problem Handling'),
		result(
			'smo',
			'Service Management & Operations',
			'1.1.2.2 Service Configuration & Activation',
			'1.1.2.3 Service Problem Management'
		),
		result(
			'sprm',
			'Supplier/Partner Relationship Management',
			'1.1.4.3 S/P Problem Reporting & Management'
		),
	];

	it('puts the page with a section named by the whole query first, the rest in Pagefind order', async () => {
		const ranked = await rankResults('Service Problem Management', searchResults());
		expect(await labels(ranked)).toEqual(['smo', 'flow', 'crm', 'sprm']);
	});

	it("keeps Pagefind's order among pages that name the query, and among those that do not", async () => {
		expect(await labels(await rankResults('problem', searchResults()))).toEqual([
			'flow',
			'crm',
			'smo',
			'sprm',
		]);
		expect(await labels(await rankResults('churn', searchResults()))).toEqual([
			'flow',
			'crm',
			'smo',
			'sprm',
		]);
		expect(await labels(await rankResults('Problem to Solution', searchResults()))).toEqual([
			'flow',
			'crm',
			'smo',
			'sprm',
		]);
	});

	it('finds a process by id', async () => {
		expect(await labels(await rankResults('1.1.4.3', searchResults()))).toEqual([
			'sprm',
			'flow',
			'crm',
			'smo',
		]);
	});

	it('reorders only the first results it loads; later ones are not loaded', async () => {
		const input = searchResults();
		const ranked = await rankResults('Service Problem Management', input, 2);
		expect(await labels(ranked)).toEqual(['flow', 'crm', 'smo', 'sprm']);
		expect(input.map((r) => r.loads)).toEqual([1, 1, 1, 1]); // smo and sprm only by labels() above
		const many = Array.from({ length: RESULTS_RANKED + 2 }, (_, i) => result(`p${i}`, `Page ${i}`));
		await rankResults('page', many);
		expect(many.map((r) => r.loads)).toEqual([...Array(RESULTS_RANKED).fill(1), 0, 0]);
	});

	it('loads each page once, however often the UI asks for it', async () => {
		const input = searchResults();
		const ranked = await rankResults('Service Problem Management', input);
		await Promise.all(ranked.map((r) => r.data()));
		await Promise.all(ranked.map((r) => r.data()));
		expect(input.map((r) => r.loads)).toEqual([1, 1, 1, 1]);
	});

	it("returns Pagefind's result objects, in a new array, with the input array in its order", async () => {
		const input = searchResults();
		const ranked = await rankResults('Service Problem Management', input);
		expect(ranked).not.toBe(input);
		expect(new Set(ranked)).toEqual(new Set(input));
		expect(input.map((r) => r.id)).toEqual(['flow', 'crm', 'smo', 'sprm']);
	});

	it("gives each page's sections ranked for the query, the page's own entry kept", async () => {
		const [smo] = await rankResults('Service Problem Management', searchResults());
		const data = await smo!.data();
		expect(data.label).toBe('smo');
		expect(data.sub_results.map((s) => s.title)).toEqual([
			'Service Management & Operations',
			'1.1.2.3 Service Problem Management',
			'1.1.2.2 Service Configuration & Activation',
		]);
	});

	it('counts a page whose data fails to load as naming nothing, and leaves the failure to the UI', async () => {
		const broken = {
			id: 'broken',
			loads: 0,
			data: (): Promise<Data> => Promise.reject(new Error('fragment missing')),
		};
		const input = [broken, ...searchResults()];
		const ranked = await rankResults('Service Problem Management', input);
		expect(ranked.map((r) => input.find((i) => i === r)?.id)).toEqual([
			'smo',
			'broken',
			'flow',
			'crm',
			'sprm',
		]);
		await expect(ranked[1]!.data()).rejects.toThrow('fragment missing');
	});

	it('leaves the order alone for a query without words', async () => {
		expect(await labels(await rankResults(' & ', searchResults()))).toEqual([
			'flow',
			'crm',
			'smo',
			'sprm',
		]);
	});
});

describe('search weights', () => {
	it('put process headings above glossary terms, and both above an h2 (weight 6)', () => {
		expect(processHeading).toBeLessThanOrEqual(10); // Pagefind's maximum
		expect(processHeading).toBeGreaterThan(glossaryTerm);
		expect(glossaryTerm).toBeGreaterThanOrEqual(HEADING_MATCH_WEIGHT);
		expect(HEADING_MATCH_WEIGHT).toBeGreaterThan(6);
	});

	it('load more results for the ranking than the dialog shows at first (5)', () => {
		expect(RESULTS_RANKED).toBeGreaterThan(5);
	});
});
