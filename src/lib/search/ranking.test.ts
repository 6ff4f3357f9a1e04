import { describe, expect, it } from 'vitest';
import {
	headingNames,
	matchedQueryWord,
	pagefindQuery,
	pageNames,
	pageOwns,
	pageWords,
	rankResults,
	rankSubResults,
	searchWords,
	termCoverage,
	type PageData,
	type PageResult,
	type SubResult,
} from './ranking.ts';
import { HEADING_MATCH_WEIGHT, PAGEFIND_WEIGHT, RESULTS_RANKED } from './tuning.ts';

const { processHeading, glossaryTerm, everydayTerm } = PAGEFIND_WEIGHT;
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

	it('takes only the last query word as a beginning: the others must be whole words', () => {
		expect(headingNames('Worked example: a fiber order at Northwind', q('work order'))).toBe(false);
		expect(headingNames('Worked example: a fiber order at Northwind', q('fiber ord'))).toBe(true);
		expect(headingNames('1.1.3.7 Workforce Management', q('work management'))).toBe(false);
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

describe('pagefindQuery', () => {
	it('leaves out words of one letter', () => {
		expect(pagefindQuery('activate a service')).toBe('activate service');
		expect(pagefindQuery('  pay  a partner ')).toBe('pay partner');
		expect(pagefindQuery('1.1.1.5 order')).toBe('1.1.1.5 order');
	});

	it('keeps a query of single letters or digits as it is', () => {
		expect(pagefindQuery('A')).toBe('A');
		expect(pagefindQuery('a b')).toBe('a b');
		expect(pagefindQuery('5 G')).toBe('5');
	});
});

describe('matchedQueryWord', () => {
	const query = searchWords('pay a partner dispute activate');

	it('credits a matched word to the query word it shares the longest beginning with', () => {
		expect(matchedQueryWord('payment', query)).toBe('pay');
		expect(matchedQueryWord('partners,', query)).toBe('partner');
		expect(matchedQueryWord('Disputes.', query)).toBe('dispute');
		expect(matchedQueryWord('activation', query)).toBe('activate');
	});

	it('prefers, between equals, the query word that the matched word begins with whole', () => {
		expect(matchedQueryWord('analysis', query)).toBe('a');
	});

	it('looks at each part of a compound and finds nothing for an unrelated word', () => {
		expect(matchedQueryWord('inter-partner', query)).toBe('partner');
		expect(matchedQueryWord('billing', query)).toBeUndefined();
		expect(matchedQueryWord('', query)).toBeUndefined();
	});
});

/**
 * A page as Pagefind gives it for a query: sections with a heading (a process heading), everyday
 * terms and body text; every word that begins with a query word is a match at its weight.
 */
function simulatedPage(
	url: string,
	query: string,
	sections: Array<{ anchor: string; title: string; terms?: string; text?: string }>
): PageData {
	const q = searchWords(query);
	const words: string[] = [];
	const subResults = sections.map(({ anchor, title, terms = '', text = '' }) => {
		const section: SubResult & { weighted_locations: { weight: number; location: number }[] } = {
			url: anchor ? `${url}#${anchor}` : url,
			title,
			locations: [],
			weighted_locations: [],
		};
		const parts: [string, number][] = [
			[title, processHeading],
			[terms, everydayTerm],
			[text, 1],
		];
		for (const [part, weight] of parts) {
			for (const word of part.split(/\s+/).filter(Boolean)) {
				// A prefix either way stands in for Pagefind's stemming ("disputes" finds "dispute").
				if (searchWords(word).some((w) => q.some((x) => w.startsWith(x) || x.startsWith(w)))) {
					section.locations.push(words.length);
					section.weighted_locations.push({ weight, location: words.length });
				}
				words.push(word);
			}
		}
		return section;
	});
	return {
		url,
		meta: { title: sections[0]?.title },
		raw_content: words.join(' '),
		sub_results: subResults,
	};
}

describe('termCoverage', () => {
	const crm = (query: string) =>
		simulatedPage('/operations/crm/', query, [
			{ anchor: '', title: 'Customer Relationship Management', text: 'customer complaint often' },
			{
				anchor: 'process-1-1-1-6',
				title: '1.1.1.6 Problem Handling',
				terms: 'trouble ticket, customer complaint, fault report',
			},
			{
				anchor: 'process-1-1-1-12',
				title: '1.1.1.12 Bill Inquiry Handling',
				terms: 'invoice dispute, billing complaint',
				text: 'a customer complaint about a bill',
			},
		]);
	const coverage = (query: string) => {
		const data = crm(query);
		return data.sub_results.map((s) => termCoverage(s, searchWords(query), pageWords(data)));
	};

	it('counts the query words that a section owns through its everyday terms', () => {
		expect(coverage('customer complaint')).toEqual([0, 2, 1]);
		expect(coverage('invoice disputes')).toEqual([0, 0, 2]);
	});

	it('adds the words its heading names, but only to a section that owns one through its terms', () => {
		expect(coverage('problem complaint')).toEqual([0, 2, 1]);
		expect(coverage('problem handling')).toEqual([0, 0, 0]);
	});

	it('counts no word of one or two letters', () => {
		expect(coverage('a complaint to')).toEqual([0, 1, 1]);
	});

	it('counts no match whose weight is not the weight of everyday terms', () => {
		const data = crm('complaint');
		const bumped = data.sub_results.map((s) => ({
			...s,
			weighted_locations: s.weighted_locations?.map((l) => ({ ...l, weight: l.weight + 1.6 })),
		}));
		expect(bumped.map((s) => termCoverage(s, ['complaint'], pageWords(data)))).toEqual([0, 0, 0]);
	});

	it('makes the owning section the first shown, after a section named by the whole query', () => {
		const data = crm('customer complaint');
		const ranked = rankSubResults(
			data.url,
			data.sub_results,
			['customer', 'complaint'],
			pageWords(data)
		);
		expect(ranked.map((s) => s.title)).toEqual([
			'Customer Relationship Management',
			'1.1.1.6 Problem Handling',
			'1.1.1.12 Bill Inquiry Handling',
		]);
		const named = crm('bill inquiry handling complaint');
		expect(
			rankSubResults(
				named.url,
				named.sub_results,
				searchWords('bill inquiry handling complaint'),
				pageWords(named)
			)[1]?.title
		).toBe('1.1.1.12 Bill Inquiry Handling');
		expect(pageOwns(data, ['customer', 'complaint'])).toBe(2);
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

	it('counts a page as owning a query only when a section owns half its words or more', () => {
		const audit = (query: string) =>
			simulatedPage('/em/', query, [
				{ anchor: 'process-1-3-2-4', title: '1.3.2.4 Audit Management', terms: 'control testing' },
			]);
		const owns = (query: string) => pageOwns(audit(query), searchWords(query));
		expect(owns('control testing')).toBe(2);
		expect(owns('testing of controls')).toBe(2);
		expect(owns('readiness testing')).toBe(1);
		expect(owns('operations readiness testing')).toBe(0);
	});

	it('puts pages that own query words through everyday terms next, the most words first', async () => {
		const query = 'customer complaint';
		const page = (label: string, ...sections: Parameters<typeof simulatedPage>[2]) => {
			const data = { label, ...simulatedPage(`/${label}/`, query, sections) };
			return { id: label, data: async () => data };
		};
		const ranked = await rankResults(query, [
			page('em', {
				anchor: '',
				title: 'Enterprise Management',
				text: 'customer complaint customer complaint',
			}),
			page('billing', {
				anchor: 'b',
				title: '1.1.1.12 Bill Inquiry Handling',
				terms: 'billing complaint',
			}),
			page('crm', { anchor: 'p', title: '1.1.1.6 Problem Handling', terms: 'customer complaint' }),
			page('named', { anchor: 'n', title: 'Customer complaint handling', terms: 'complaint desk' }),
		]);
		expect(await labels(ranked as PageResult<Data>[])).toEqual(['named', 'crm', 'billing', 'em']);
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
	it('put everyday terms between process headings and glossary terms, with a weight of their own', () => {
		expect(everydayTerm).toBeLessThan(processHeading);
		expect(everydayTerm).toBeGreaterThan(glossaryTerm);
	});

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
