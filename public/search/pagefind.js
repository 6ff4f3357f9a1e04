// Pagefind's search API as the handbook's search dialog uses it (src/components/Search.astro loads
// this file as Pagefind's `pagefind.js`): Pagefind's own module, with the results of each search
// passed through the ranking the dialog gives as the `rankResults` option. Pagefind's default UI
// has no hook that sees all results of a search, only one result at a time (`processResult`), so
// this is where results can be reordered. The ranking itself is src/lib/search/ranking.ts
// (`rankResults`); this file only carries it, and stays plain JavaScript because it is served as is.
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

const ranked = async (term, search) =>
	search ? { ...search, results: await rankResults(term, search.results) } : search;

export async function search(term, opts) {
	return ranked(term, await pagefind.search(term, opts));
}

export async function debouncedSearch(term, opts, debounceTimeoutMs) {
	return ranked(term, await pagefind.debouncedSearch(term, opts, debounceTimeoutMs));
}
