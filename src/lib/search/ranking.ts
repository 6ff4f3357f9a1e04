import { HEADING_MATCH_WEIGHT, PAGEFIND_WEIGHT, RESULTS_RANKED } from './tuning.ts';

/** The parts of a Pagefind sub-result (a section of a page) that the ranking reads. */
export interface SubResult {
	url: string;
	/** The section's heading (the page title for the page's own entry). */
	title?: string;
	/** Where the query words matched, one entry per match. */
	locations: number[];
	/**
	 * The same matches with the weight of the element they are in and their place among the page's
	 * words (see {@link pageWords}).
	 */
	weighted_locations?: Array<{ weight: number; location?: number }>;
}

/** The parts of a Pagefind result's data (one page) that the ranking reads. */
export interface PageData<S extends SubResult = SubResult> {
	url: string;
	meta?: { title?: string };
	/** The page's indexed text; match locations count its words. */
	raw_content?: string;
	content?: string;
	/** Every match on the page, as in its sections. */
	weighted_locations?: SubResult['weighted_locations'];
	sub_results: S[];
}

/**
 * The words of a page as Pagefind counts them for match locations: its text split at white space
 * (Pagefind's own excerpts split it the same way).
 */
export const pageWords = (data: Pick<PageData, 'raw_content' | 'content'>): string[] =>
	(data.raw_content ?? data.content ?? '').split(/[^\S\uFEFF]+/);

/** A Pagefind search result: the page's data is loaded on demand. */
export interface PageResult<D extends PageData = PageData> {
	data: () => Promise<D>;
}

/**
 * The words of a query or a heading, as the ranking compares them: lower case, without
 * diacritics (Pagefind matches across them), split at anything that is not a letter, a digit or a
 * dot inside a word, so that an id such as 1.1.2.3 stays one word and "QoS/SLA" makes two.
 */
export function searchWords(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}.]+/u)
		.map((w) => w.replace(/^\.+|\.+$/g, ''))
		.filter((w) => w.length > 0);
}

/**
 * The query as Pagefind gets it: without words of a single letter ("activate a service"), unless
 * nothing else is left. Pagefind matches a word as the beginning of longer ones, so "a" matches
 * nearly every word of every page, which marks them all in the excerpts; and where it matches a
 * word that another query word matches too ("activation"), Pagefind adds up the two weights, which
 * hides that the match lies in an everyday term ({@link termCoverage} reads the weight).
 */
export function pagefindQuery(term: string): string {
	const kept = term.split(/\s+/).filter((w) => w !== '' && !/^\p{L}$/u.test(w));
	return kept.length > 0 ? kept.join(' ') : term;
}

/** An id or a number (1.1.2.3, 2024): only the same id matches it, not a longer one. */
export const isId = (word: string) => /^[\d.]+$/.test(word);

/**
 * Whether a heading names everything the query asks for: every query word is a word of the
 * heading, and the last one, which the reader may still be typing, at least the beginning of one
 * ("service prob" finds "Service Problem Management"); ids must be equal (1.1.2 is not 1.1.2.3). A
 * word that only begins a heading word elsewhere in the query does not name it: "work order" is
 * not named by "Worked example: a fiber order". An empty query is named by no heading.
 */
export function headingNames(heading: string | undefined, query: readonly string[]): boolean {
	if (!heading || query.length === 0) return false;
	const words = searchWords(heading);
	return query.every((q, i) =>
		words.some((w) => (i === query.length - 1 ? wordMatches(w, q) : w === q))
	);
}

const wordMatches = (word: string, q: string) => (isId(q) ? word === q : word.startsWith(q));

/**
 * Whether a match lies in a process's everyday terms or earlier names, which carry a weight of
 * their own.
 */
const isTermMatch = (weight: number) => Math.abs(weight - PAGEFIND_WEIGHT.everydayTerm) < 0.02;

/** Length of the common beginning of two words. */
export const commonPrefix = (a: string, b: string) => {
	let n = 0;
	while (n < a.length && a[n] === b[n]) n += 1;
	return n;
};

/**
 * The query word that Pagefind matched to a word of the page: the one it shares the longest
 * beginning with, as Pagefind matches a word by its stem or as its prefix ("payment" for "pay",
 * "dispute" for "disputes"); between equals, the one the word begins with whole ("analysis" for
 * "a" rather than for "activate"). Undefined when the word shares no letter with any.
 */
export function matchedQueryWord(word: string, query: readonly string[]): string | undefined {
	let best: string | undefined;
	let score = 0;
	for (const part of searchWords(word)) {
		for (const q of query) {
			const shared = commonPrefix(part, q);
			const candidate = shared * 2 + (shared === q.length ? 1 : 0);
			if (shared > 0 && candidate > score) [best, score] = [q, candidate];
		}
	}
	return best;
}

/**
 * Query words that can show which section owns a query: words of one or two letters ("a", "to")
 * begin too many words to tell.
 */
const telling = (q: string) => q.length > 2;

/**
 * How many words of the query a section owns: words that its everyday terms or earlier names
 * match, together with words that its heading names, counted only when at least one of its terms
 * matches (0 otherwise).
 * `words` are the page's words ({@link pageWords}), where the match locations point.
 */
export function termCoverage(
	section: SubResult,
	query: readonly string[],
	words: readonly string[]
): number {
	const covered = new Set<string>();
	for (const { weight, location } of section.weighted_locations ?? []) {
		if (!isTermMatch(weight) || location === undefined) continue;
		const q = matchedQueryWord(words[location] ?? '', query);
		if (q && telling(q)) covered.add(q);
	}
	if (covered.size === 0) return 0;
	const heading = searchWords(section.title ?? '');
	for (const q of query.filter(telling)) if (heading.some((w) => wordMatches(w, q))) covered.add(q);
	return covered.size;
}

/** Matches in a heading that weighs as much as a page title or more. */
const headingMatches = (s: SubResult) =>
	(s.weighted_locations ?? []).filter((l) => l.weight >= HEADING_MATCH_WEIGHT).length;

/**
 * The sections of one search result, best first: the one whose heading names every query word
 * (see {@link headingNames}), then the one that owns the most query words through its everyday
 * terms ({@link termCoverage}), then the one whose heading matches the most query words (process
 * headings weigh most), then the one with the most matches; ties keep page order. The page's own
 * entry, when Pagefind gives one (first, with the page's URL), stays first: the UI shows it as the
 * page excerpt. Pagefind's UI shows sections in page order, so a search for a process name or id
 * would otherwise show that process's section after the page's earlier ones. `words` are the
 * page's words ({@link pageWords}), which tell what a term matched. Returns a new array, at most
 * the page entry and {@link SECTIONS_SHOWN} sections; the input is left as it is.
 */
export function rankSubResults<T extends SubResult>(
	pageUrl: string,
	subResults: readonly T[],
	query: readonly string[] = [],
	words: readonly string[] = []
): T[] {
	const [first, ...rest] = subResults;
	const isRoot = first?.url === pageUrl;
	const named = (s: SubResult) => (headingNames(s.title, query) ? 1 : 0);
	const owned = new Map(subResults.map((s) => [s, termCoverage(s, query, words)]));
	const ranked = (isRoot ? rest : subResults.slice())
		.sort(
			(a, b) =>
				named(b) - named(a) ||
				owned.get(b)! - owned.get(a)! ||
				headingMatches(b) - headingMatches(a) ||
				b.locations.length - a.locations.length
		)
		// Pagefind's UI shows at most this many sections and, given more, keeps those with the most
		// matches, which would drop a short process section that the ranking put first.
		.slice(0, SECTIONS_SHOWN);
	return isRoot ? [first, ...ranked] : ranked;
}

/** How many sections of a result Pagefind's default UI shows (its `thin_sub_results` limit). */
export const SECTIONS_SHOWN = 3;

/** Whether the page's title or one of its sections' headings names every query word. */
export function pageNames(data: PageData, query: readonly string[]): boolean {
	return (
		headingNames(data.meta?.title, query) ||
		data.sub_results.some((s) => headingNames(s.title, query))
	);
}

/**
 * How many query words the page's best section owns through its everyday terms (see
 * {@link termCoverage}), when that is at least half of the query's words of three letters or more;
 * 0 otherwise. A section whose terms share one word with a longer query ("control testing" with
 * "operations readiness testing") does not own the query.
 */
export function pageOwns(data: PageData, query: readonly string[]): number {
	const words = pageWords(data);
	const best = Math.max(0, ...data.sub_results.map((s) => termCoverage(s, query, words)));
	return best >= query.filter(telling).length / 2 ? best : 0;
}

/**
 * The results of a search, in the order the handbook shows them. Pagefind scores whole pages: a
 * page whose title holds the query's rarest word (Pagefind boosts title matches fivefold, a
 * "Problem to Solution" chapter for "Service Problem Management") or whose many headings hold the
 * query's words one by one can outscore the page with a section named by the whole query, and a
 * long chapter that mentions a reader's word often can outscore the section that owns it as an
 * everyday term. So the first `count` results are loaded: those whose title or a section heading
 * names every query word ({@link pageNames}) move to the front, so that ids and names come first;
 * then those with a section that owns at least half the query's words through its everyday terms
 * or earlier names, the most words first ({@link pageOwns}); otherwise, and among equals, results
 * keep Pagefind's order. Every
 * result's data comes back with its sections ranked for the query ({@link rankSubResults}).
 *
 * The result objects are Pagefind's own, with `data` replaced (loaded once, then shared): Pagefind
 * releases a result's data when its object is garbage-collected, so the objects must live on. A
 * result whose data fails to load counts as naming nothing here; the UI reports the failure when it
 * loads it. Returns a new array; the input array is left in its order.
 */
export async function rankResults<D extends PageData>(
	query: string,
	results: readonly PageResult<D>[],
	count = RESULTS_RANKED
): Promise<PageResult<D>[]> {
	const words = searchWords(query);
	for (const result of results) {
		const load = result.data.bind(result);
		let loaded: Promise<D> | undefined;
		result.data = () =>
			(loaded ??= load().then((data) => ({
				...data,
				sub_results: rankSubResults(data.url, data.sub_results, words, pageWords(data)),
			})));
	}
	const head = results.slice(0, count);
	// Named pages first, whatever they own; then pages by how many query words they own.
	const rank = await Promise.all(
		head.map((r) =>
			r.data().then(
				(data) => (pageNames(data, words) ? Infinity : pageOwns(data, words)),
				() => 0
			)
		)
	);
	const order = head.map((_, i) => i).sort((a, b) => rank[b]! - rank[a]! || a - b);
	return [...order.map((i) => head[i]!), ...results.slice(count)];
}
