import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { launchBrowser, type FoundBrowser } from '../browser.ts';
import type { Handbook } from '../content/model.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { defaultLang } from '../i18n/locales.ts';
import { printBook } from '../print/book.ts';
import { serveStatic } from '../static-server.ts';
import { finishBook } from './book-finish.ts';
import { writeContentsPages } from './contents-pages.ts';
import { showHandoutCovers } from './handout-covers.ts';
import { insertBlankVersos } from './duplex.ts';
import { destinationPages } from './inspect.ts';
import { chapterRanges, cutHandout, pdfOfPages, type PdfMeta } from './handouts.ts';
import { addStyleSheet } from './page-style.ts';
import { showPosters } from './posters.ts';
import { pdfPlan, type Paper, type PlannedPdf } from './plan.ts';
import { reproduciblePdf } from './reproducible.ts';

export interface PdfOptions {
	handbook: Handbook;
	distDir: string;
	/** The site's base path, as the built pages expect it. */
	base?: string;
	paper?: Paper;
	/** The browser to print with (src/lib/browser.ts: findBrowser). */
	browser: FoundBrowser;
	log?: (message: string) => void;
	/** Parts and chapters open on right-hand pages, after a blank verso where needed. */
	duplex?: boolean;
	/** Write the book only (no handouts, no poster): for quick checks. */
	bookOnly?: boolean;
}

export interface PdfFile extends PlannedPdf {
	bytes: number;
}

export interface PdfReport {
	files: PdfFile[];
	bookPages: number;
	/** Passes needed until the contents' page numbers were stable. */
	passes: number;
	ms: number;
}

const pdfOptions = {
	preferCSSPageSize: true,
	printBackground: true,
	tagged: true,
	outline: true,
} as const;

/**
 * Writes the handbook's PDFs from the built /print/ page, in one headless Chromium:
 * - the book, printed twice or more: the first pass paginates, the page of every contents entry is
 *   read from the PDF's named destinations and written into the contents, and the next pass prints
 *   the final book (repeated until the numbers no longer change);
 * - the book's pages in the print page's contents (dist/print/index.html), for readers on screen;
 * - an A3 landscape poster of each matrix (Operations, SIP), printed together and split;
 * - one handout per chapter: a cover page (its edition and book pages; all covers are printed
 *   together) and the chapter's pages cut out of the book, with the book's page numbers.
 * Each file is written through a temporary file and renamed, so an interrupted build never leaves
 * half a PDF.
 */
export async function exportPdfs(options: PdfOptions): Promise<PdfReport> {
	const started = performance.now();
	const { handbook, distDir, base = '/', paper = 'A4', log = () => {} } = options;
	const t = handbook.t();
	const plan = pdfPlan(handbook);
	const { edition } = handbook.data;
	const meta = (title: string): PdfMeta => ({
		title,
		author: t('etom.pdf.author'),
		date: edition.date,
		lang: defaultLang,
	});
	const server = await serveStatic(distDir, base);
	const browser = await launchBrowser(options.browser, log);
	const files: PdfFile[] = [];
	const write = (planned: PlannedPdf, printed: Buffer) => {
		const file = join(distDir, planned.path);
		const pdf = reproduciblePdf(printed, handbook.data.edition.date);
		writeFileAtomic(file, pdf);
		files.push({ ...planned, bytes: pdf.length });
		log(`wrote ${planned.path} (${Math.round(pdf.length / 1024)} KB)`);
	};
	try {
		const page = await browser.newPage();
		await page.goto(`${server.url}print/`, { waitUntil: 'load' });
		await page.evaluate(() => document.fonts.ready);
		await addStyleSheet(page, `@page { size: ${paper === 'Letter' ? 'letter' : 'A4'}; }`);

		// The book: paginate, read each entry's page, write it into the contents, print again.
		let pdf = await page.pdf(pdfOptions);
		let pages = await destinationPages(pdf);
		if (options.duplex) {
			// The contents' numbers first, so that the contents has its final length when the blank
			// versos are placed; the loop below then settles the numbers that the versos moved.
			await fillContents(page, pages.byName);
			pages = await destinationPages(await page.pdf(pdfOptions));
			await insertBlankVersos(page, pages.byName);
		}
		let passes = 1;
		for (;;) {
			await fillContents(page, pages.byName);
			pdf = await page.pdf(pdfOptions);
			passes++;
			const next = await destinationPages(pdf);
			const stable = [...next.byName].every(([name, n]) => pages.byName.get(name) === n);
			pages = next;
			if (stable || passes >= 4) break;
		}
		// Chromium's bookmarks lose the space where a heading wraps: the headings' text restores it.
		const headings = await page.evaluate(() =>
			[...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent ?? '')
		);
		const finished = await finishBook(pdf, { author: t('etom.pdf.author'), headings });
		write(
			plan.find((p) => p.kind === 'book')!,
			Buffer.from(finished.bytes)
		);
		writeContentsPages(join(distDir, 'print', 'index.html'), pages.byName);
		if (options.bookOnly)
			return { files, bookPages: pages.count, passes, ms: performance.now() - started };

		// Posters: every matrix on its own A3 sheet, in one print, then one file per sheet.
		const posters = plan.filter((p) => p.kind === 'poster');
		await showPosters(
			page,
			posters.map((p) => ({
				area: p.area!,
				title: t('etom.pdf.posterTitle', { area: handbook.catalog.get(p.area!).name }),
				edition: t('etom.pdf.posterEdition', {
					title: t('etom.site.title'),
					version: edition.version,
					date: edition.date,
				}),
			}))
		);
		const sheets = await PDFDocument.load(await page.pdf(pdfOptions));
		for (const [i, poster] of posters.entries())
			write(
				poster,
				Buffer.from(
					await pdfOfPages(
						[{ from: sheets, indices: [i] }],
						meta(t('etom.pdf.posterTitle', { area: handbook.catalog.get(poster.area!).name }))
					)
				)
			);

		// Handouts: a cover that says the edition and the chapter's pages in the book, then the
		// chapter's pages cut out of the book, so they carry the book's page numbers.
		const handouts = plan.filter((p) => p.kind === 'handout');
		const prefixOf = new Map(
			printBook(handbook.chapters).flatMap((part) => part.chapters.map((c) => [c.slug, c.prefix]))
		);
		const ranges = chapterRanges([...prefixOf.values()], pages.byName, pages.count);
		const rangeOf = (slug: string) => ranges.get(prefixOf.get(slug)!)!;
		await showHandoutCovers(
			page,
			handouts.map((h) => ({
				kicker: `${t('etom.site.title')} · ${t('etom.pdf.handoutLabel')}`,
				title: h.label,
				pages: t('etom.pdf.handoutPages', {
					...rangeOf(h.slug!),
					title: t('etom.site.title'),
					version: edition.version,
					date: edition.date,
				}),
			}))
		);
		const covers = await PDFDocument.load(await page.pdf(pdfOptions));
		for (const [i, handout] of handouts.entries()) {
			const title = `${t('etom.site.title')}: ${handout.label}`;
			write(
				handout,
				Buffer.from(
					await cutHandout(finished.doc, rangeOf(handout.slug!), meta(title), {
						from: covers,
						indices: [i],
					})
				)
			);
		}
		return { files, bookPages: pages.count, passes, ms: performance.now() - started };
	} finally {
		await browser.close();
		await server.close();
	}
}

/** Writes each contents entry's page number (from the last pass) into the contents. */
async function fillContents(page: Page, pages: Map<string, number>): Promise<void> {
	await page.evaluate(
		(entries) => {
			const byName = new Map(entries);
			for (const el of document.querySelectorAll<HTMLElement>('.toc__page')) {
				el.textContent = String(byName.get(el.dataset.target ?? '') ?? '');
			}
		},
		[...pages]
	);
}

/** Total size of the PDFs, for the summary line. */
export const totalBytes = (files: PdfFile[]) => files.reduce((n, f) => n + f.bytes, 0);

export function summary(report: PdfReport): string {
	const handouts = report.files.filter((f) => f.kind === 'handout').length;
	const posters = report.files.filter((f) => f.kind === 'poster').length;
	const mb = (totalBytes(report.files) / 1024 / 1024).toFixed(1);
	return `${report.files.length} PDFs: book of ${report.bookPages} pages (${report.passes} passes), ${handouts} handouts, ${posters} posters; ${mb} MB in ${(report.ms / 1000).toFixed(1)} s`;
}
