import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { chapterRanges, cutHandout, type PdfMeta } from './handouts.ts';

describe('chapterRanges', () => {
	const byName = new Map([
		['part-introduction', 3],
		['c1-top', 4],
		['c1-some-section', 5],
		['c2-top', 7],
		['part-operations', 9],
		['c3-top', 10],
	]);

	it('runs each chapter to the page before the next chapter or part, the last to the end', () => {
		const ranges = chapterRanges(['c1-', 'c2-', 'c3-'], byName, 14);
		expect(Object.fromEntries(ranges)).toEqual({
			'c1-': { from: 4, to: 6 },
			'c2-': { from: 7, to: 8 },
			'c3-': { from: 10, to: 14 },
		});
	});

	it('fails on a chapter the book has no page for', () => {
		expect(() => chapterRanges(['c9-'], byName, 14)).toThrow(/no page for chapter "c9-top"/);
	});
});

describe('cutHandout', () => {
	const meta: PdfMeta = {
		title: 'Handbook: 2. CRM',
		author: 'The maintainers',
		date: '2026-11-30',
		lang: 'en',
	};

	it('copies its cover and the pages of the range, with its own title, author and the edition date', async () => {
		const book = await PDFDocument.create();
		for (let i = 0; i < 6; i++) book.addPage([100 + i, 200]);
		const covers = await PDFDocument.create();
		covers.addPage([50, 200]);
		covers.addPage([51, 200]);
		const cover = { from: covers, indices: [1] };
		const bytes = await cutHandout(book, { from: 2, to: 4 }, meta, cover);
		const handout = await PDFDocument.load(bytes);
		expect(handout.getPageCount()).toBe(4);
		expect(handout.getPages().map((p) => p.getWidth())).toEqual([51, 101, 102, 103]);
		expect(handout.getTitle()).toBe('Handbook: 2. CRM');
		expect(handout.getAuthor()).toBe('The maintainers');
		expect(handout.getCreationDate()?.toISOString()).toBe('2026-11-30T00:00:00.000Z');
		// Two cuts of the same pages are the same file: builds stay reproducible.
		expect(Buffer.from(await cutHandout(book, { from: 2, to: 4 }, meta, cover))).toEqual(
			Buffer.from(bytes)
		);
	});
});
