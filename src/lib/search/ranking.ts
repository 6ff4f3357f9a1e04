import { HEADING_MATCH_WEIGHT } from './tuning.ts';

/** The parts of a Pagefind sub-result (a section of a page) that the ranking reads. */
export interface SubResult {
	url: string;
	/** Where the query words matched, one entry per match. */
	locations: number[];
	/** The same matches with the weight of the element they are in. */
	weighted_locations?: Array<{ weight: number }>;
}

/** Matches in a heading that weighs as much as a page title or more. */
const headingMatches = (s: SubResult) =>
	(s.weighted_locations ?? []).filter((l) => l.weight >= HEADING_MATCH_WEIGHT).length;

/**
 * The sections of one search result, best first: the one whose heading matches the most query
 * words (process headings weigh most), then the one with the most matches; ties keep page order.
 * The page's own entry, when Pagefind gives one (first, with the page's URL), stays first: the UI
 * shows it as the page excerpt. Pagefind's UI shows sections in page order, so a search for a
 * process name or id would otherwise show that process's section after the page's earlier ones.
 * Returns a new array, at most the page entry and {@link SECTIONS_SHOWN} sections; the input is
 * left as it is.
 */
export function rankSubResults<T extends SubResult>(pageUrl: string, subResults: readonly T[]): T[] {
	const [first, ...rest] = subResults;
	const isRoot = first?.url === pageUrl;
	const ranked = (isRoot ? rest : subResults.slice())
		.sort((a, b) => headingMatches(b) - headingMatches(a) || b.locations.length - a.locations.length)
		// Pagefind's UI shows at most this many sections and, given more, keeps those with the most
		// matches, which would drop a short process section that the ranking put first.
		.slice(0, SECTIONS_SHOWN);
	return isRoot ? [first, ...ranked] : ranked;
}

/** How many sections of a result Pagefind's default UI shows (its `thin_sub_results` limit). */
const SECTIONS_SHOWN = 3;
