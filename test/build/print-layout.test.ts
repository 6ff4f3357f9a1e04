import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pageTexts } from '../../src/lib/pdf/inspect.ts';
import { pageFill, textLines, type TextLine } from '../../src/lib/pdf/layout-measure.ts';
import { bookPdfPath } from '../../src/lib/pdf/plan.ts';
import { textItems } from '../../src/lib/pdf/text-items.ts';
import { printBook } from '../../src/lib/print/book.ts';
import { chromiumForTests } from '../helpers/browser.ts';
import { handbook } from '../helpers/handbook.ts';

// The book's layout, measured where a reader meets it: in the PDF, from pdf.js's text positions.
const dist = inject('distDir');
const chromium = chromiumForTests();
const t = handbook.t();
const book = printBook(handbook.chapters);
const chapters = book.flatMap((p) => p.chapters);
const mm = 72 / 25.4;
/** The type area of the book's pages (print-book.css: @page margin 20mm 16mm 22mm). */
const margin = { top: 20 * mm, bottom: 22 * mm };
const runningHead = (c: (typeof chapters)[number]) =>
	`${t(c.part === 'appendices' ? 'etom.print.appendix' : 'etom.print.chapter', { number: c.number })}: ${c.title}`;
const partTitles = book.map((p) =>
	p.numeral
		? t('etom.print.part', { numeral: p.numeral, title: t(`etom.part.${p.part}`) })
		: t(`etom.part.${p.part}`)
);

/** What the tests know of each page: its lines inside the type area, its fill, what it opens. */
interface PageInfo {
	n: number;
	lines: TextLine[];
	fill: number;
	partOpener: boolean;
	chapterStart: boolean;
}

async function pagesOf(pdf: Uint8Array): Promise<PageInfo[]> {
	const items = await textItems(pdf);
	const lines = textLines(items);
	const texts = await pageTexts(pdf);
	const height = items[0]!.pageHeight;
	const top = height - margin.top;
	const firstPages = new Set(
		chapters.map((c) => texts.findIndex((text) => text.includes(runningHead(c))) + 1)
	);
	return texts.map((_, i) => {
		const n = i + 1;
		const body = lines.filter((l) => l.page === n && l.y < top && l.y > margin.bottom);
		return {
			n,
			lines: body,
			fill: pageFill(body, top, margin.bottom),
			partOpener: partTitles.includes(body.map((l) => l.text).join(' ')),
			chapterStart: firstPages.has(n),
		};
	});
}

describe.skipIf(!chromium)('the layout of the printed book', () => {
	let pages: PageInfo[];
	beforeAll(async () => {
		pages = await pagesOf(new Uint8Array(readFileSync(join(dist, bookPdfPath))));
	});

	it('fills its pages: at most 5% of body pages are less than half full', () => {
		// Body pages: all but the title page, its imprint, the part openers and the last page of each
		// chapter, part opener, the contents and the book.
		const ends = new Set(
			pages
				.filter(
					(p, i) =>
						i === pages.length - 1 ||
						pages[i + 1]!.partOpener ||
						pages[i + 1]!.chapterStart ||
						/^Sources/.test(pages[i + 1]!.lines[0]?.text ?? '')
				)
				.map((p) => p.n)
		);
		const body = pages.filter((p) => p.n > 2 && !p.partOpener && !ends.has(p.n));
		const sparse = body.filter((p) => p.fill < 0.5);
		console.log(
			`[layout] ${pages.length} pages, ${body.length} body pages, ${sparse.length} under half full`
		);
		expect(body.length).toBeGreaterThan(100);
		expect(
			sparse.length / body.length,
			sparse.map((p) => `p. ${p.n}: ${Math.round(p.fill * 100)}%`).join(', ')
		).toBeLessThanOrEqual(0.05);
	});

	it('leaves no heading at the foot of a page', () => {
		const page = readFileSync(join(dist, 'print', 'index.html'), 'utf8');
		const headings = new Set(
			[...page.matchAll(/<h[3-6][^>]*>(.*?)<\/h[3-6]>/g)].map((m) =>
				m[1]!
					.replace(/<[^>]+>/g, '')
					.replaceAll('&#x26;', '&')
					.replace(/\s+/g, ' ')
					.trim()
			)
		);
		expect(headings.size).toBeGreaterThan(100);
		// After the contents: a contents entry has a heading's text too, at the size of body text.
		const firstPart = pages.find((p) => p.partOpener)!.n;
		const last = pages
			.filter((p) => p.n > firstPart && !p.partOpener && p.lines.length > 1)
			.map((p) => ({ n: p.n, line: p.lines.reduce((a, b) => (b.y < a.y ? b : a)) }));
		const atFoot = last.filter(({ line }) => headings.has(line.text) && line.size > 11);
		expect(atFoot.map(({ n, line }) => `p. ${n}: ${line.text}`)).toEqual([]);
	});

	it('sets running text 60 to 80 characters a line', () => {
		const lines = pages.flatMap((p) => (p.n > 2 && !p.partOpener ? p.lines : []));
		// The body size is the commonest one; a full line of a justified paragraph reaches the
		// column's right edge, the last line of a paragraph stops short of it.
		const sizes = new Map<number, number>();
		for (const l of lines)
			sizes.set(Math.round(l.size * 10) / 10, (sizes.get(Math.round(l.size * 10) / 10) ?? 0) + 1);
		const bodySize = [...sizes].sort((a, b) => b[1] - a[1])[0]![0];
		const body = lines.filter((l) => Math.abs(l.size - bodySize) < 0.2);
		const left = Math.min(...body.map((l) => l.x));
		const rights = body
			.filter((l) => Math.abs(l.x - left) < 1)
			.map((l) => l.right)
			.sort((a, b) => a - b);
		const column = rights[Math.floor(rights.length * 0.9)]!;
		const full = body.filter((l) => Math.abs(l.x - left) < 1 && Math.abs(l.right - column) < 1.5);
		const counts = full.map((l) => l.text.length).sort((a, b) => a - b);
		console.log(
			`[layout] body ${bodySize} pt, column ${((column - left) / mm).toFixed(0)} mm, ${full.length} full lines: ${counts[0]}-${counts.at(-1)} characters, median ${counts[Math.floor(counts.length / 2)]}`
		);
		expect(full.length).toBeGreaterThan(1000);
		const outside = full.filter((l) => l.text.length < 60 || l.text.length > 80);
		expect(
			outside.length / full.length,
			outside
				.slice(0, 5)
				.map((l) => `p. ${l.page}: ${l.text.length} "${l.text}"`)
				.join('\n')
		).toBeLessThan(0.02);
		// No line of running text anywhere runs past 80 characters, indented or not.
		const long = body.filter((l) => l.right <= column + 1.5 && l.text.length > 80);
		expect(long.map((l) => `p. ${l.page}: ${l.text}`)).toEqual([]);
	});
});

describe.skipIf(!chromium)('the print edition’s wording and numbering', () => {
	const html = () => readFileSync(join(dist, 'print', 'index.html'), 'utf8');
	/** Text compared without spaces, hyphens and soft hyphens, which line breaks move about. */
	const squash = (s: string) => s.replace(/[\s\-\u00ad]/g, '').toLowerCase();
	let chapterTexts: Map<string, string>;
	beforeAll(async () => {
		const pdf = new Uint8Array(readFileSync(join(dist, bookPdfPath)));
		const texts = await pageTexts(pdf);
		const lines = textLines(await textItems(pdf));
		const starts = chapters.map((c) => texts.findIndex((p) => p.includes(runningHead(c))) + 1);
		chapterTexts = new Map(
			chapters.map((c, i) => {
				const end = starts[i + 1] ? starts[i + 1]! - 1 : texts.length;
				const text = lines
					.filter((l) => l.page >= starts[i]! && l.page <= end)
					.map((l) => l.text)
					.join(' ');
				return [c.slug, text];
			})
		);
	});

	it('gives no screen instructions on paper: no hover, click or follow-the-link', () => {
		const instructions =
			/\b(hover|click(ing)? (on|here|the)|follow (a|the) [\w’']+ link|links? (leads? )?to (the|each|its|their) sections?|each name links)/i;
		const found = [...chapterTexts].filter(([, text]) => instructions.test(text));
		expect(found.map(([slug, text]) => `${slug}: ${instructions.exec(text)![0]}`)).toEqual([]);
	});

	it('spells out each acronym at its first use in every chapter, outside headings and captions', () => {
		// Read from the print page: in the PDF a table's cells interleave line by line.
		const page = html();
		let checked = 0;
		for (const c of chapters) {
			const start = page.indexOf(`id="${c.prefix}top"`);
			const end = page.indexOf('<article', start);
			const chapter = page.slice(start, end < 0 ? undefined : end);
			const expansions = new Set(
				[...chapter.matchAll(/<abbr title="([^"]+)">/g)].map((m) => m[1]!.replaceAll('&#x26;', '&'))
			);
			const text = squash(
				chapter
					.replace(/<(h[1-6]|figcaption|caption)\b.*?<\/\1>/gs, '')
					.replace(/<[^>]+>/g, '')
					.replaceAll('&#x26;', '&')
			);
			for (const expansion of expansions) {
				expect(text, `${c.slug}: ${expansion}`).toContain(squash(expansion));
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(40);
	});

	it('numbers each heading once: the eTOM id or the book’s section number, never both', () => {
		const page = html();
		expect(page).toMatch(/<span class="section-number">\d+\.\d+<\/span>/);
		expect(page).not.toMatch(
			/<span class="section-number">[^<]*<\/span> <span class="process-id">/
		);
		// No contents entry of a section repeats its chapter's title.
		for (const c of chapters) {
			const entries = [
				...page.matchAll(
					new RegExp(
						`href="#${c.prefix}[^"]*" class="toc__entry toc__entry--section">.*?<span class="toc__text">([^<]*)<`,
						'g'
					)
				),
			].map((m) => m[1]!.replaceAll('&#x26;', '&').replace(/ \([^)]*\)$/, ''));
			expect(entries, c.title).not.toContain(c.title);
		}
	});

	it('hyphenates the print book only: no soft hyphen in the web chapters', () => {
		expect(html().match(/\u00ad/g)?.length ?? 0).toBeGreaterThan(1000);
		for (const c of chapters.slice(0, 6)) {
			const web = readFileSync(join(dist, c.slug, 'index.html'), 'utf8');
			expect(web.includes('\u00ad'), c.slug).toBe(false);
		}
	});
});
