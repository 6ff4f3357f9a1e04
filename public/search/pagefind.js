// Pagefind's search API as the handbook's search dialog uses it (src/components/Search.astro loads
// this file as Pagefind's `pagefind.js`): Pagefind's own module, with the results of each search
// passed through the ranking the dialog gives as the `rankResults` option, and a query with a
// misspelled word searched again as corrected by the `correctQuery` option. Pagefind's default UI
// has no hook that sees all results of a search, only one result at a time (`processResult`), so
// this is where results can be reordered. The ranking and the correction themselves are
// src/lib/search/ranking.ts (`rankResults`) and src/lib/search/spelling.ts (`correctQuery`); this
// file only carries them, and stays plain JavaScript because it is served as is. It also hands the
// UI filter names and values HTML-escaped: the UI writes them into the page as HTML, and a value is
// a catalog name, which is text.
import * as pagefind from '../pagefind/pagefind.js';

export * from '../pagefind/pagefind.js';

/** @type {(query: string, results: object[]) => Promise<object[]>} */
let rankResults = async (_query, results) => results;

/** @type {(query: string, results: object[]) => Promise<string | undefined>} */
let correctQuery = async () => undefined;

/**
 * Pagefind's options; `rankResults` and `correctQuery` are taken out (a function cannot reach
 * Pagefind's worker).
 */
export async function options(opts = {}) {
	const { rankResults: rank, correctQuery: correct, ...rest } = opts;
	if (typeof rank === 'function') rankResults = rank;
	if (typeof correct === 'function') correctQuery = correct;
	return pagefind.options(rest);
}

const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const names = Object.fromEntries(Object.entries(entities).map(([c, e]) => [e, c]));
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => entities[c]);
const unescapeHtml = (text) => text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => names[e]);

/** Filter counts (`{ name: { value: count } }`) with names and values as HTML. */
const escapeCounts = (filters) =>
	filters &&
	Object.fromEntries(
		Object.entries(filters).map(([name, values]) => [
			escapeHtml(name),
			Object.fromEntries(Object.entries(values).map(([v, n]) => [escapeHtml(v), n])),
		])
	);

/** The UI's filter selection (names and values as it got them, with any/all/none/not) back as text. */
const unescapeSelection = (selection) =>
	typeof selection === 'string'
		? unescapeHtml(selection)
		: Array.isArray(selection)
			? selection.map(unescapeSelection)
			: selection && typeof selection === 'object'
				? Object.fromEntries(
						Object.entries(selection).map(([key, value]) => [
							/^(any|all|none|not)$/.test(key) ? key : unescapeHtml(key),
							unescapeSelection(value),
						])
					)
				: selection;

const withFilters = (opts) =>
	opts && opts.filters ? { ...opts, filters: unescapeSelection(opts.filters) } : opts;

const ranked = async (term, search) =>
	search
		? {
				...search,
				results: await rankResults(term, search.results),
				...('filters' in search ? { filters: escapeCounts(search.filters) } : {}),
				...('totalFilters' in search ? { totalFilters: escapeCounts(search.totalFilters) } : {}),
			}
		: search;

/** The ranked results of `run(term)`, or of `run(corrected term)` when a word was misspelled. */
async function searchCorrected(term, run) {
	const found = await ranked(term, await run(term));
	const corrected = found && (await correctQuery(term, found.results));
	return corrected ? ranked(corrected, await run(corrected)) : found;
}

export async function search(term, opts) {
	return searchCorrected(term, (t) => pagefind.search(t, withFilters(opts)));
}

export async function debouncedSearch(term, opts, debounceTimeoutMs) {
	return searchCorrected(term, (t) =>
		pagefind.debouncedSearch(t, withFilters(opts), debounceTimeoutMs)
	);
}

export async function filters() {
	return escapeCounts(await pagefind.filters());
}
