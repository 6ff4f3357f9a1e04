import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { launchBrowser, type FoundBrowser } from '../browser.ts';
import type { Handbook } from '../content/model.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { displayPath } from '../content/paths.ts';
import { defaultLang, localePrefix } from '../i18n/locales.ts';
import { printBook } from '../print/book.ts';
import { serveStatic } from '../static-server.ts';
import { finishBook } from './book-finish.ts';
import { writeContentsPages } from './contents-pages.ts';
import { coursePlanCss, loadEveryFont, openEdition, printSheets } from './editions.ts';
import { showHandoutCovers } from './handout-covers.ts';
import { insertBlankVersos } from './duplex.ts';
import {
	chapterRanges,
	cutHandout,
	pdfOfPages,
	type PageSelection,
	type PdfMeta,
} from './handouts.ts';
import { filledPageNumbers, refTemplates } from './page-numbers.ts';
import { showPosters } from './posters.ts';
import { pdfPlan, type Paper, type PlannedPdf } from './plan.ts';
import { reproduciblePdf } from './reproducible.ts';
import { writeDownloadSizes } from './sizes.ts';
import { editions, printPagePath, type Edition } from '../print/editions.ts';
import { printSlides } from './slides.ts';
import { cachedPages, storePages } from './page-cache.ts';
import { printUntilStable } from './stable-print.ts';

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
	/** Write the learner edition of the book only (no other PDF): for quick checks. */
	bookOnly?: boolean;
	/**
	 * The editions (languages) to print; every edition of the handbook by default, English only
	 * with `bookOnly`.
	 */
	langs?: string[];
	/**
	 * A file of the pages the last build printed (src/lib/pdf/page-cache.ts): read as the first
	 * guess of each edition's page numbers, rewritten when they change.
	 */
	pageCache?: string;
}

export interface PdfFile extends PlannedPdf {
	bytes: number;
}

/** How one edition's book printed: its pages, and the passes until its page numbers were stable. */
export interface PrintedBook {
	pages: number;
	passes: number;
}

export interface PdfReport {
	files: PdfFile[];
	/** The English learner edition's pages and passes. */
	bookPages: number;
	passes: number;
	/** The English instructor edition (none with `bookOnly`). */
	instructor?: PrintedBook;
	/** Every language's books, learner and instructor, by language. */
	books: Record<string, { learner: PrintedBook; instructor?: PrintedBook }>;
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
 * - the book in its two editions (src/lib/print/editions.ts), each from its own print page and in
 *   its own tab, printed at the same time until its numbers are stable (src/lib/pdf/stable-print.ts):
 *   the page of every contents entry, reference, figure and index entry is read from the PDF's
 *   named destinations and written into the page, and the book printed again, until no number
 *   changes. The pages of the last build (`pageCache`) are the first guess, so an unchanged book
 *   prints once. Each print page gets those numbers too (dist/print/index.html,
 *   dist/print/instructor/index.html), for readers on screen;
 * - one worksheet per chapter with exercises: the learner edition's exercises, with their ruled
 *   space, all printed together and cut apart;
 * - one PDF per course plan, from the trainer's page's timetables, printed together and cut apart;
 * - an A3 landscape poster of each matrix (Operations, SIP), printed together and split;
 * - a 16:9 slide deck and its speaker notes per teaching chapter and course day, printed together
 *   and split (src/lib/pdf/slides.ts);
 * - one handout per chapter: a cover page (its edition and book pages; all covers are printed
 *   together) and the chapter's pages cut out of the book, with the book's page numbers.
 * Each file is written through a temporary file and renamed, so an interrupted build never leaves
 * half a PDF. Last, the size of every PDF is written into the pages that list them.
 */
export async function exportPdfs(options: PdfOptions): Promise<PdfReport> {
	const started = performance.now();
	const { handbook, distDir, base = '/', paper = 'A4', log: logAll = () => {} } = options;
	const langs = options.langs ?? (options.bookOnly ? [defaultLang] : handbook.data.editions);
	const { edition } = handbook.data;
	const server = await serveStatic(distDir, base);
	const browser = await launchBrowser(options.browser, logAll);
	const files: PdfFile[] = [];
	const write = (planned: PlannedPdf, printed: Buffer) => {
		const file = join(distDir, planned.path);
		const pdf = reproduciblePdf(printed, handbook.data.edition.date);
		writeFileAtomic(file, pdf);
		files.push({ ...planned, bytes: pdf.length });
		logAll(`wrote ${planned.path} (${Math.round(pdf.length / 1024)} KB)`);
	};
	/** One language's PDFs, all of them made as described above. */
	const exportLanguage = async (lang: string) => {
		const t = handbook.t(lang);
		const plan = pdfPlan(handbook, lang);
		const prefix = localePrefix(lang);
		// Messages name the language of every edition but the English one.
		const log = lang === defaultLang ? logAll : (m: string) => logAll(`${lang}: ${m}`);
		const meta = (title: string): PdfMeta => ({
			title,
			author: t('etom.pdf.author'),
			date: edition.date,
			lang,
		});
		/** Writes a file of pages cut from a print of several (worksheets, course plans, posters). */
		const writeCut = async (planned: PlannedPdf, pages: PageSelection, title: string) =>
			write(planned, Buffer.from(await pdfOfPages([pages], meta(title))));
		// The book, in each edition: paginate, then fill in every page number it prints and print
		// again until stable.
		const printEdition = async (edition: Edition, page: Page) => {
			const cacheKey = `${lang === defaultLang ? '' : `${lang} `}${edition} ${paper}`;
			// Duplex books use it too: the versos go into a print of the same pages.
			const cache = options.pageCache;
			const settle = (guess?: Map<string, number>) =>
				printUntilStable(page, {
					pdfOptions,
					templates: refTemplates(t),
					guess,
					log: (m) => log(`${edition}: ${m}`),
				});
			let { pdf, pages, passes } = await settle(cache ? cachedPages(cache, cacheKey) : undefined);
			if (cache && storePages(cache, cacheKey, pages.byName))
				log(`${edition}: page numbers recorded in ${displayPath(cache)} (commit it)`);
			// Duplex: blank versos where an opener fell on an even page, placed from the settled pages,
			// then the numbers settled again from where the versos move them (one pass when nothing
			// reflows). A page number that gains a digit can reflow later pages, so the openers are
			// checked again (a few rounds at most).
			for (let round = 0; options.duplex && round < 4; round++) {
				const versos = await insertBlankVersos(page, pages.byName);
				if (versos.inserted === 0) break;
				const again = await settle(versos.pages);
				({ pdf, pages } = again);
				passes += again.passes;
			}
			// Chromium's bookmarks lose the space where a heading wraps: the headings' text restores it.
			const headings = await page.evaluate(() =>
				[...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent ?? '')
			);
			const finished = await finishBook(pdf, { author: t('etom.pdf.author'), headings });
			write(
				plan.find((p) => p.kind === 'book' && p.edition === edition)!,
				Buffer.from(finished.bytes)
			);
			writeContentsPages(
				join(distDir, prefix, printPagePath(edition), 'index.html'),
				await filledPageNumbers(page)
			);
			return { finished, pages, passes };
		};
		type PrintedBook = Awaited<ReturnType<typeof printEdition>>;
		// The two editions print side by side, each in its own tab, one on each core; after its book,
		// the learner tab makes the PDFs cut from it or shown on it (worksheets, posters, handouts) and
		// the instructor tab's turn goes to the slides and course plans, which load pages of their own.
		/** Logs how long the step since the last call took, under `label`. */
		const lap = () => {
			let since = performance.now();
			return (label: string) => {
				const now = performance.now();
				log(`${label} in ${((now - since) / 1000).toFixed(1)} s`);
				since = now;
			};
		};
		const learnerKit = async (page: Page, { finished, pages }: PrintedBook) => {
			const done = lap();
			// Worksheets: each chapter's exercises from the learner edition, with their ruled space.
			const worksheets = plan.filter((p) => p.kind === 'worksheet');
			const chapterOf = new Map(
				printBook(handbook.chaptersIn(lang)).flatMap((part) =>
					part.chapters.map((c) => [c.slug, c])
				)
			);
			const worksheetPages = await printSheets(
				page,
				worksheets.map((w) => {
					const chapter = chapterOf.get(w.slug!)!;
					return {
						selector: `.chapter[data-slug="${w.slug}"] .training--exercises`,
						kicker: `${t('etom.site.title')} · ${t('etom.pdf.worksheetLabel')}`,
						title: w.label,
						edition: t('etom.pdf.worksheetEdition', {
							chapter: `${t(chapter.part === 'appendices' ? 'etom.print.appendix' : 'etom.print.chapter', { number: chapter.number })}`,
							title: t('etom.site.title'),
							version: edition.version,
							date: edition.date,
						}),
					};
				}),
				'',
				pdfOptions
			);
			for (const [i, worksheet] of worksheets.entries())
				await writeCut(
					worksheet,
					worksheetPages[i]!,
					`${t('etom.site.title')}: ${t('etom.pdf.worksheetLabel')}: ${worksheet.label}`
				);

			done(`${worksheets.length} worksheets`);

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
				await writeCut(
					poster,
					{ from: sheets, indices: [i] },
					t('etom.pdf.posterTitle', { area: handbook.catalog.get(poster.area!).name })
				);

			done(`${posters.length} posters`);

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
			done(`${handouts.length} handouts`);
		};
		const trainerKit = async (page: Page) => {
			await printSlides({
				page,
				handbook,
				plan,
				meta,
				write,
				lang,
				log,
			});

			// Course plans: the trainer's page's timetables, one PDF per course.
			const done = lap();
			const coursePlans = plan.filter((p) => p.kind === 'course-plan');
			if (coursePlans.length > 0) {
				const teaching = await browser.newPage();
				await teaching.goto(`${server.url}${prefix}teaching/`, { waitUntil: 'load' });
				await loadEveryFont(teaching);
				const planPages = await printSheets(
					teaching,
					coursePlans.map((p) => {
						const course = handbook.coursesIn(lang).find((c) => c.slug === p.course)!;
						return {
							selector: `.course-plan[aria-labelledby="course-${course.slug}"]`,
							kicker: `${t('etom.site.title')} · ${t('etom.pdf.coursePlans')}`,
							title: course.title,
							edition: t('etom.pdf.coursePlanEdition', {
								title: t('etom.site.title'),
								version: edition.version,
								date: edition.date,
							}),
						};
					}),
					coursePlanCss(paper),
					pdfOptions
				);
				await teaching.close();
				for (const [i, coursePlan] of coursePlans.entries())
					await writeCut(coursePlan, planPages[i]!, `${t('etom.site.title')}: ${coursePlan.label}`);
				done(`${coursePlans.length} course plans`);
			}
		};
		const printed = await Promise.all(
			(options.bookOnly ? (['learner'] as const) : editions).map(async (edition) => {
				const done = lap();
				const tab = await openEdition(
					browser,
					`${server.url}${prefix}${printPagePath(edition)}`,
					paper
				);
				done(`${edition}: print page loaded`);
				const book = await printEdition(edition, tab);
				if (!options.bookOnly) {
					if (edition === 'learner') await learnerKit(tab, book);
					else await trainerKit(tab);
				}
				await tab.close();
				return book;
			})
		);
		const [learner, instructor] = printed.map((b) => ({ pages: b.pages.count, passes: b.passes }));
		return { learner: learner!, ...(instructor ? { instructor } : {}) };
	};
	try {
		// One language after another: each already keeps both cores busy.
		const books: PdfReport['books'] = {};
		for (const lang of langs) books[lang] = await exportLanguage(lang);
		const english = books[langs[0]!]!;
		const report = {
			files,
			bookPages: english.learner.pages,
			passes: english.learner.passes,
			...(english.instructor ? { instructor: english.instructor } : {}),
			books,
		};
		if (!options.bookOnly)
			writeDownloadSizes(distDir, new Map(files.map((f) => [f.path, f.bytes])), (size) =>
				handbook.t()('etom.pdf.size', { size })
			);
		return { ...report, ms: performance.now() - started };
	} finally {
		await browser.close();
		await server.close();
	}
}

/** Total size of the PDFs, for the summary line. */
export const totalBytes = (files: PdfFile[]) => files.reduce((n, f) => n + f.bytes, 0);

const passes = (n: number) => (n === 1 ? '1 pass' : `${n} passes`);

export function summary(report: PdfReport): string {
	const count = (kind: PlannedPdf['kind']) => report.files.filter((f) => f.kind === kind).length;
	const mb = (totalBytes(report.files) / 1024 / 1024).toFixed(1);
	const instructor = report.instructor
		? `, instructor edition of ${report.instructor.pages} pages (${passes(report.instructor.passes)})`
		: '';
	// Other languages: their books' pages, learner/instructor.
	const others = Object.entries(report.books)
		.slice(1)
		.map(
			([lang, b]) => `${lang} ${b.learner.pages}${b.instructor ? `/${b.instructor.pages}` : ''}`
		);
	const languages = others.length > 0 ? ` (other editions' books: ${others.join(', ')} pages)` : '';
	return `${report.files.length} PDFs: book of ${report.bookPages} pages (${passes(report.passes)})${instructor}${languages}, ${count('handout')} handouts, ${count('worksheet')} worksheets, ${count('course-plan')} course plans, ${count('poster')} posters, ${count('slides')} slide decks with notes; ${mb} MB in ${(report.ms / 1000).toFixed(1)} s`;
}
