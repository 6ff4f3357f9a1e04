import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { launchBrowser, type FoundBrowser } from '../browser.ts';
import type { Handbook } from '../content/model.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { defaultLang } from '../i18n/locales.ts';
import { printBook } from '../print/book.ts';
import { serveStatic } from '../static-server.ts';
import { destinationPages } from './inspect.ts';
import { chapterRanges, cutHandout } from './handouts.ts';
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
 * - one handout per chapter, cut out of the book (its pages, with the book's page numbers);
 * - an A3 landscape poster of the Operations matrix.
 * Each file is written through a temporary file and renamed, so an interrupted build never leaves
 * half a PDF.
 */
export async function exportPdfs(options: PdfOptions): Promise<PdfReport> {
	const started = performance.now();
	const { handbook, distDir, base = '/', paper = 'A4', log = () => {} } = options;
	const t = handbook.t();
	const plan = pdfPlan(handbook);
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
		write(
			plan.find((p) => p.kind === 'book')!,
			pdf
		);
		if (options.bookOnly)
			return { files, bookPages: pages.count, passes, ms: performance.now() - started };

		// Handouts: each chapter's pages cut out of the book, so they carry the book's page numbers
		// and cost no printing of their own.
		const book = await PDFDocument.load(pdf);
		const handouts = plan.filter((p) => p.kind === 'handout');
		const prefixOf = new Map(
			printBook(handbook.chapters).flatMap((part) => part.chapters.map((c) => [c.slug, c.prefix]))
		);
		const ranges = chapterRanges([...prefixOf.values()], pages.byName, pages.count);
		for (const handout of handouts) {
			const range = ranges.get(prefixOf.get(handout.slug!)!)!;
			const title = `${t('etom.site.title')}: ${handout.label}`;
			write(
				handout,
				Buffer.from(await cutHandout(book, range, title, handbook.data.edition.date, defaultLang))
			);
		}

		// The poster: the Operations matrix alone on an A3 landscape sheet.
		await page.evaluate((title) => {
			const matrix = document.querySelector(
				'.chapter[data-slug="operations/overview"] .process-matrix'
			);
			if (!matrix)
				throw new Error('The print book has no Operations matrix (operations/overview).');
			const poster = document.createElement('section');
			poster.className = 'poster';
			poster.innerHTML = `<h1 class="poster__title"></h1>`;
			poster.querySelector('h1')!.textContent = title;
			poster.append(matrix.cloneNode(true));
			document.body.replaceChildren(poster);
		}, t('etom.pdf.posterTitle'));
		await addStyleSheet(
			page,
			`@page poster { size: A3 landscape; margin: 12mm; @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
				.poster { page: poster; } .poster__title { font-size: 20pt; margin: 0 0 6mm; }
				.poster .process-matrix table { font-size: 11pt; } .poster .process-matrix th, .poster .process-matrix td { padding: 2.5mm 3mm; }`
		);
		write(
			plan.find((p) => p.kind === 'poster')!,
			await page.pdf(pdfOptions)
		);
		return { files, bookPages: pages.count, passes, ms: performance.now() - started };
	} finally {
		await browser.close();
		await server.close();
	}
}

/**
 * Adds the export's own CSS to the print page as a constructed style sheet: the page's Content
 * Security Policy admits only the <style> elements it names by hash, and the book is printed with
 * that policy in force, as readers get it.
 */
async function addStyleSheet(page: Page, css: string): Promise<void> {
	await page.evaluate((text) => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(text);
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	}, css);
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
	const mb = (totalBytes(report.files) / 1024 / 1024).toFixed(1);
	return `${report.files.length} PDFs: book of ${report.bookPages} pages (${report.passes} passes), ${handouts} handouts, poster; ${mb} MB in ${(report.ms / 1000).toFixed(1)} s`;
}
