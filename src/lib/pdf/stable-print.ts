import type { Page } from 'playwright-core';
import { destinationPages } from './inspect.ts';
import { fillPageNumbers, type RefTemplates } from './page-numbers.ts';

type PdfOptions = Parameters<Page['pdf']>[0];

export interface StablePrintOptions {
	pdfOptions: PdfOptions;
	templates: RefTemplates;
	/**
	 * Where the destinations were in an earlier print of this book (src/lib/pdf/page-cache.ts):
	 * numbers a pass is likely to confirm, so the first pass is printed in full and, when nothing
	 * moved, is the book. Without it the first pass prints numbers of a typical width, untagged.
	 */
	guess?: Map<string, number>;
	/**
	 * Passes allowed before the book gives up. A number that grows a digit (p. 99 -> 100) can move
	 * a line, and with it later pages, so a pass may set off another; six leaves room for that.
	 */
	maxPasses?: number;
	log?: (message: string) => void;
}

export interface StablePrint {
	pdf: Buffer;
	/** The page of every named destination in `pdf`, and its page count. */
	pages: { byName: Map<string, number>; count: number };
	passes: number;
}

/** Pages of a first pass: three digits, the width of most page numbers of a book this size. */
const firstGuess = 100;

/**
 * Prints a page whose contents, references and index name their pages (`data-target`, see
 * page-numbers.ts) until every number is right: each pass reads where every named destination
 * landed in the last PDF, writes those pages into the page and prints again, until no destination
 * moves. Then the numbers in the PDF are the pages of their targets in that same PDF. Fails, naming
 * them, when a reference has no destination or when numbers still move after `maxPasses`.
 */
export async function printUntilStable(
	page: Page,
	options: StablePrintOptions
): Promise<StablePrint> {
	const { pdfOptions, templates, guess, maxPasses = 6, log = () => {} } = options;
	const pass = async (n: number) => {
		const started = performance.now();
		// A first pass from the typical width is read for its destinations only: untagged and without
		// bookmarks, Chromium prints it in about half the time, on the same pages. Every later pass,
		// and a first pass from a guess, is the real thing.
		const pdf = await page.pdf(
			n === 1 && !guess ? { ...pdfOptions, tagged: false, outline: false } : pdfOptions
		);
		const pages = await destinationPages(pdf);
		log(
			`book pass ${n}: ${pages.count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`
		);
		return { pdf, pages };
	};
	const first = async () => {
		if (!guess) {
			await fillPageNumbers(page, firstGuess, templates);
			return { ...(await pass(1)), settled: false };
		}
		const unknown = await fillPageNumbers(page, guess, templates, firstGuess);
		const printed = await pass(1);
		const moved = [...printed.pages.byName].filter(([name, n]) => guess.get(name) !== n);
		const settled =
			unknown.length === 0 && moved.length === 0 && printed.pages.byName.size === guess.size;
		if (!settled)
			log(`pass 1: ${moved.length} page numbers differ from the last build's, printing again`);
		return { ...printed, settled };
	};
	const start = await first();
	if (start.settled) return { pdf: start.pdf, pages: start.pages, passes: 1 };
	let { pdf, pages } = start;
	for (let passes = 2; ; passes++) {
		const missing = await fillPageNumbers(page, pages.byName, templates);
		if (missing.length > 0)
			throw new Error(
				`The book refers to ${missing.length} place(s) that have no destination in the PDF: ${[...new Set(missing)].slice(0, 10).join(', ')}. Each data-target must be the id of an element that a link in the page points to.`
			);
		const printed = await pass(passes);
		pdf = printed.pdf;
		const next = printed.pages;
		const moved = [...new Set([...pages.byName.keys(), ...next.byName.keys()])].filter(
			(name) => pages.byName.get(name) !== next.byName.get(name)
		);
		const before = pages.byName;
		pages = next;
		if (moved.length === 0) return { pdf, pages, passes };
		log(`pass ${passes}: ${moved.length} page numbers moved, printing again`);
		if (passes >= maxPasses)
			throw new Error(
				`The book's page numbers did not settle in ${passes} passes; ${moved.length} still move: ${moved
					.slice(0, 10)
					.map(
						(name) => `#${name} (p. ${before.get(name) ?? '-'} -> ${next.byName.get(name) ?? '-'})`
					)
					.join(
						', '
					)}. A reference or index entry near a page break flips between two pages: look at those pages, or allow more passes.`
			);
	}
}
