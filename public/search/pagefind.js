// Pagefind's search API as the handbook's search dialog uses it (src/components/Search.astro loads
// this file as Pagefind's `pagefind.js`): Pagefind's own module, with the results of each search
// passed through the ranking the dialog gives as the `rankResults` option. Pagefind's default UI
// has no hook that sees all results of a search, only one result at a time (`processResult`), so
// this is where results can be reordered. The ranking itself is src/lib/search/ranking.ts
// (`rankResults`); this file only carries it, and stays plain JavaScript because it is served as is.
// It also hands the UI filter names and values HTML-escaped: the UI writes them into the page as
// HTML, and a value is a catalog name, which is text.
import * as pagefind from '../pagefind/pagefind.js';

export * from '../pagefind/pagefind.js';

/** @type {(query: string, results: object[]) => Promise<object[]>} */
let rankResults = async (_query, results) => results;

/** Pagefind's options; `rankResults` is taken out (a function cannot reach Pagefind's worker). */
export async function options(opts = {}) {
	const { rankResults: rank, ...rest } = opts;
	if (typeof rank === 'function') rankResults = rank;
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

export async function search(term, opts) {
	return ranked(term, await pagefind.search(term, withFilters(opts)));
}

export async function debouncedSearch(term, opts, debounceTimeoutMs) {
	return ranked(term, await pagefind.debouncedSearch(term, withFilters(opts), debounceTimeoutMs));
}

export async function filters() {
	return escapeCounts(await pagefind.filters());
}
