/**
 * How the handbook tunes Starlight's Pagefind search: the weights written into the pages, the
 * threshold the result ranking (`ranking.ts`) reads them back with, and the filters each chapter
 * carries. Pagefind gives ordinary text weight 1 and headings 7 (h1) down to 2 (h6); weights run
 * from 0 to 10.
 */

/** `data-pagefind-weight` values written into the pages. */
export const PAGEFIND_WEIGHT = {
	/**
	 * A process section's heading (`<Process>`): the highest weight Pagefind takes, so that a search
	 * for a process name or id finds that process's own section before any page that mentions it.
	 */
	processHeading: 10,
	/**
	 * A process's everyday terms ("trouble ticket", "dunning") and earlier names in its fact box:
	 * nearly as much as its heading, so that a reader's word finds the section that owns it before
	 * long chapters that only mention it, and a value of their own, so that the ranking (`ranking.ts`)
	 * can tell a match in them from any other.
	 */
	everydayTerm: 9,
	/**
	 * A term in the glossary appendix: as much as a page title (h1), so that an acronym finds its
	 * definition among the first results, while a process heading still comes before it.
	 */
	glossaryTerm: 7,
	/**
	 * A chapter's objectives, takeaways, review questions and exercises: they restate what the
	 * chapter teaches, naming many processes at once, so they count for less than its prose and far
	 * less than the sections that explain those processes.
	 */
	apparatus: 0.3,
} as const;

/**
 * The weight from which a match counts as a heading match when the sections within a result are
 * ranked: process headings, glossary terms and page titles (h1) reach it, ordinary section headings
 * (h2, weight 6) and body text do not.
 */
export const HEADING_MATCH_WEIGHT = 7;

/**
 * How many of Pagefind's results the search dialog loads to put first those with a section named
 * by the whole query (`rankResults`): twice the five that the dialog shows at first, so that the
 * section that owns a process name is found even when Pagefind ranks its page low. Each is one
 * small fragment fetch (the largest page's is about 20 KB).
 */
export const RESULTS_RANKED = 10;

/**
 * The chapters the search dialog offers when nothing matches a query (by slug, in the order
 * shown): the index of every process and the glossary, where a reader can browse for what the
 * words did not find. The build's link check fails if one of them is moved without this.
 */
export const NO_RESULTS_PAGES = ['appendices/process-index', 'appendices/glossary'] as const;

/**
 * The search filters a chapter carries (`data-pagefind-filter`), by their names in the index (the
 * same in every edition), each with the key of the UI string that labels it in the search dialog
 * (`searchFilterLabels`, src/lib/search/filters.ts).
 */
export const SEARCH_FILTER = {
	/** The areas (Level-0 processes) whose processes the chapter explains. */
	area: 'etom.search.area',
	/** The Level-1 groupings (horizontal and vertical) those processes belong to. */
	grouping: 'etom.search.grouping',
	/** The process levels the chapter explains. */
	level: 'etom.search.level',
} as const;
