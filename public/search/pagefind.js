// Pagefind's search API as the handbook's search dialog uses it (src/components/Search.astro loads
// this file as Pagefind's `pagefind.js`): Pagefind's own module, with the results of each search
// passed through the ranking the dialog gives as the `rankResults` option, and a query with a
// misspelled word searched again as corrected by the `correctQuery` option. Pagefind's default UI
// has no hook that sees all results of a search, only one result at a time (`processResult`), so
// this is where results can be reordered. The ranking and the correction themselves are
// src/lib/search/ranking.ts (`rankResults`) and src/lib/search/spelling.ts (`correctQuery`); this
// file only carries them, and stays plain JavaScript because it is served as is. It also hands the
// UI filter names and values HTML-escaped: the UI writes them into the page as HTML, and a value is
// a catalog name, which is text. And it shows filters by their labels in the page's edition (the
// `filterLabels` option): the index keeps language-neutral names and values ("level", "2"), the UI
// shows "Poziom" and "Poziom 2", and the reader's choice goes back to Pagefind as the neutral value.
import * as pagefind from '../pagefind/pagefind.js';

export * from '../pagefind/pagefind.js';

/** @type {(query: string, results: object[]) => Promise<object[]>} */
let rankResults = async (_query, results) => results;

/** @type {(query: string, results: object[]) => Promise<string | undefined>} */
let correctQuery = async () => undefined;

/**
 * The labels filters are shown with, by their names in the index: `{ name: { label, values: {
 * value: label } } }`; a name or value without one is shown as it is.
 * @type {Record<string, { label?: string, values?: Record<string, string> }>}
 */
let filterLabels = {};

/**
 * Pagefind's options; `rankResults`, `correctQuery` and `filterLabels` are taken out (a function
 * cannot reach Pagefind's worker, and Pagefind knows no labels).
 */
export async function options(opts = {}) {
	const { rankResults: rank, correctQuery: correct, filterLabels: labels, ...rest } = opts;
	if (typeof rank === 'function') rankResults = rank;
	if (typeof correct === 'function') correctQuery = correct;
	if (labels && typeof labels === 'object') filterLabels = labels;
	return pagefind.options(rest);
}

const own = (object, key) =>
	object && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
const nameLabel = (name) => own(own(filterLabels, name), 'label') ?? name;
const valueLabel = (name, value) => own(own(own(filterLabels, name), 'values'), value) ?? value;
/** The filter name shown as `label`, or the label itself when no name has it. */
const nameOf = (label) =>
	Object.keys(filterLabels).find((name) => nameLabel(name) === label) ?? label;
/** The value of filter `name` shown as `label`, or the label itself. */
const valueOf = (name, label) =>
	Object.keys(own(own(filterLabels, name), 'values') ?? {}).find(
		(value) => valueLabel(name, value) === label
	) ?? label;

const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const names = Object.fromEntries(Object.entries(entities).map(([c, e]) => [e, c]));
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => entities[c]);
const unescapeHtml = (text) => text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => names[e]);

/** Filter counts (`{ name: { value: count } }`) with names and values as labels, in HTML. */
const escapeCounts = (filters) =>
	filters &&
	Object.fromEntries(
		Object.entries(filters).map(([name, values]) => [
			escapeHtml(nameLabel(name)),
			Object.fromEntries(
				Object.entries(values).map(([v, n]) => [escapeHtml(valueLabel(name, v)), n])
			),
		])
	);

/**
 * The UI's filter selection (names and values as it got them, with any/all/none/not) back as text,
 * with the names and values the index holds. `name` is the filter the values belong to.
 */
const unescapeSelection = (selection, name) =>
	typeof selection === 'string'
		? name === undefined
			? unescapeHtml(selection)
			: valueOf(name, unescapeHtml(selection))
		: Array.isArray(selection)
			? selection.map((s) => unescapeSelection(s, name))
			: selection && typeof selection === 'object'
				? Object.fromEntries(
						Object.entries(selection).map(([key, value]) => {
							if (/^(any|all|none|not)$/.test(key)) return [key, unescapeSelection(value, name)];
							const inner = name === undefined ? nameOf(unescapeHtml(key)) : name;
							return [inner, unescapeSelection(value, inner)];
						})
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
