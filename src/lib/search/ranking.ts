import { HEADING_MATCH_WEIGHT, RESULTS_RANKED } from './tuning.ts';

/** The parts of a Pagefind sub-result (a section of a page) that the ranking reads. */
export interface SubResult {
	url: string;
	/** The section's heading (the page title for the page's own entry). */
	title?: string;
	/** Where the query words matched, one entry per match. */
	locations: number[];
	/** The same matches with the weight of the element they are in. */
	weighted_locations?: Array<{ weight: number }>;
}

/** The parts of a Pagefind result's data (one page) that the ranking reads. */
export interface PageData<S extends SubResult = SubResult> {
	url: string;
	meta?: { title?: string };
	sub_results: S[];
}

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

/** An id or a number (1.1.2.3, 2024): only the same id matches it, not a longer one. */
const isId = (word: string) => /^[\d.]+$/.test(word);

/**
 * Whether a heading names everything the query asks for: every query word is a word of the
 * heading or, as Pagefind matches words, the beginning of one ("prob" finds "Problem"); ids must be
 * equal (1.1.2 is not 1.1.2.3). An empty query is named by no heading.
 */
export function headingNames(heading: string | undefined, query: readonly string[]): boolean {
	if (!heading || query.length === 0) return false;
	const words = searchWords(heading);
	return query.every((q) => words.some((w) => (isId(q) ? w === q : w.startsWith(q))));
}

/** Matches in a heading that weighs as much as a page title or more. */
const headingMatches = (s: SubResult) =>
	(s.weighted_locations ?? []).filter((l) => l.weight >= HEADING_MATCH_WEIGHT).length;

/**
 * The sections of one search result, best first: the one whose heading names every query word
 * (see {@link headingNames}), then the one whose heading matches the most query words (process
 * headings weigh most), then the one with the most matches; ties keep page order. The page's own
 * entry, when Pagefind gives one (first, with the page's URL), stays first: the UI shows it as the
 * page excerpt. Pagefind's UI shows sections in page order, so a search for a process name or id
 * would otherwise show that process's section after the page's earlier ones. Returns a new array,
 * at most the page entry and {@link SECTIONS_SHOWN} sections; the input is left as it is.
 */
export function rankSubResults<T extends SubResult>(
	pageUrl: string,
	subResults: readonly T[],
	query: readonly string[] = []
): T[] {
	const [first, ...rest] = subResults;
	const isRoot = first?.url === pageUrl;
	const named = (s: SubResult) => (headingNames(s.title, query) ? 1 : 0);
	const ranked = (isRoot ? rest : subResults.slice())
		.sort(
			(a, b) =>
				named(b) - named(a) ||
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
 * The results of a search, in the order the handbook shows them. Pagefind scores whole pages: a
 * page whose title holds the query's rarest word (Pagefind boosts title matches fivefold, a
 * "Problem to Solution" chapter for "Service Problem Management") or whose many headings hold the
 * query's words one by one can outscore the page with a section named by the whole query. So the
 * first `count` results are loaded, and those whose title or a section heading names every query
 * word ({@link pageNames}) move to the front; otherwise, and among themselves, results keep
 * Pagefind's order. Every result's data comes back with its sections ranked for the query
 * ({@link rankSubResults}).
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
				sub_results: rankSubResults(data.url, data.sub_results, words),
			})));
	}
	const head = results.slice(0, count);
	const named = await Promise.all(
		head.map((r) =>
			r.data().then(
				(data) => pageNames(data, words),
				() => false
			)
		)
	);
	return [
		...head.filter((_, i) => named[i]),
		...head.filter((_, i) => !named[i]),
		...results.slice(count),
	];
}
