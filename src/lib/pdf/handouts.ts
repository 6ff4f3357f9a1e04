import { PDFDocument } from 'pdf-lib';
import { savePdf } from './save.ts';

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

/** The document information every PDF of the edition carries. */
export interface PdfMeta {
	title: string;
	author: string;
	/** The edition's date (YYYY-MM-DD): creation and modification date, so builds are reproducible. */
	date: string;
	lang: string;
}

/** Pages of one printed PDF, 0-based. */
export interface PageSelection {
	from: PDFDocument;
	indices: number[];
}

/** A new PDF of the given pages, in order, with its own document information. */
export async function pdfOfPages(selections: PageSelection[], meta: PdfMeta): Promise<Uint8Array> {
	const pdf = await PDFDocument.create({ updateMetadata: false });
	for (const { from, indices } of selections)
		for (const page of await pdf.copyPages(from, indices)) pdf.addPage(page);
	const when = new Date(`${meta.date}T00:00:00Z`);
	pdf.setTitle(meta.title, { showInWindowTitleBar: true });
	pdf.setAuthor(meta.author);
	pdf.setCreationDate(when);
	pdf.setModificationDate(when);
	pdf.setProducer('eTOM Handbook');
	pdf.setLanguage(meta.lang);
	return savePdf(pdf);
}

/** The 0-based page indices of a range of book pages. */
export const rangeIndices = (range: PageRange) =>
	Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from - 1 + i);

/**
 * A handout cut out of the printed book: a cover page that names the chapter, the edition and the
 * chapter's pages in the book, then those pages, with the book's running heads and page numbers
 * ("page 42 of 346" tells a class where they are in the book), under its own title.
 */
export async function cutHandout(
	book: PDFDocument,
	range: PageRange,
	meta: PdfMeta,
	cover?: PageSelection
): Promise<Uint8Array> {
	return pdfOfPages(
		[...(cover ? [cover] : []), { from: book, indices: rangeIndices(range) }],
		meta
	);
}
