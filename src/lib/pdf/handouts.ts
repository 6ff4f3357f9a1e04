import { PDFDocument } from 'pdf-lib';

/** A chapter's pages in the book, 1-based and inclusive. */
export interface PageRange {
	from: number;
	to: number;
}

/**
 * The page range of each chapter in the printed book, from the pages its named destinations landed
 * on: a chapter runs from its title (`<prefix>top`) to the page before the next chapter or part
 * starts, the last one to the end of the book.
 */
export function chapterRanges(
	prefixes: string[],
	byName: Map<string, number>,
	pageCount: number
): Map<string, PageRange> {
	const starts = [...byName]
		.filter(([name]) => /^part-/.test(name) || /^c[0-9a-z]+-top$/.test(name))
		.map(([, page]) => page)
		.sort((a, b) => a - b);
	const ranges = new Map<string, PageRange>();
	for (const prefix of prefixes) {
		const from = byName.get(`${prefix}top`);
		if (from === undefined) throw new Error(`The book has no page for chapter "${prefix}top".`);
		const next = starts.find((page) => page > from);
		ranges.set(prefix, { from, to: next === undefined ? pageCount : next - 1 });
	}
	return ranges;
}

/**
 * A handout cut out of the printed book: its pages, with the book's running heads and page numbers
 * ("page 42 of 346" tells a class where they are in the book), its own title, and the edition's date.
 */
export async function cutHandout(
	book: PDFDocument,
	range: PageRange,
	title: string,
	date: string,
	lang: string
): Promise<Uint8Array> {
	const handout = await PDFDocument.create({ updateMetadata: false });
	const indices = Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from - 1 + i);
	for (const page of await handout.copyPages(book, indices)) handout.addPage(page);
	const when = new Date(`${date}T00:00:00Z`);
	handout.setTitle(title, { showInWindowTitleBar: true });
	handout.setCreationDate(when);
	handout.setModificationDate(when);
	handout.setProducer('eTOM Handbook');
	handout.setLanguage(lang);
	return handout.save();
}
