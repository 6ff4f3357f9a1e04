import type { Browser, Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { destinationPages } from './inspect.ts';
import type { PageSelection } from './handouts.ts';
import { addStyleSheet } from './page-style.ts';
import type { Paper } from './plan.ts';

/**
 * Opens a print page (/print/, /print/instructor/, /es/print/...) in a new tab, fonts loaded, on
 * the paper of the build: ready for the book's passes.
 */
export async function openEdition(browser: Browser, url: string, paper: Paper): Promise<Page> {
	const page = await browser.newPage();
	await page.goto(url, { waitUntil: 'load' });
	await addStyleSheet(page, `@page { size: ${paper === 'Letter' ? 'letter' : 'A4'}; }`);
	await loadEveryFont(page);
	return page;
}

/**
 * Loads every font face the page declares, each unicode-range subset included, then lays the page
 * out afresh. The screen layout asks only for the subsets its text needs; text that only print
 * shows (running heads, spelled-out acronyms, page references) can need another, which Chromium then
 * starts loading during the print and draws in a fallback font meanwhile. With a first pass that is
 * the book (the page cache), that race decided which font some glyphs of the PDF were in.
 * The fresh layout is for the same race one step earlier: text shaped before its face arrived and
 * reshaped after can break into other fragments at a soft hyphen than text shaped once, and a link
 * broken there got two annotation rectangles in one build and one in the next (the Polish book
 * differed between two builds under load). Text shaped from scratch with every face present prints
 * the same every time.
 */
export async function loadEveryFont(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await Promise.all([...document.fonts].map((face) => face.load().catch(() => undefined)));
		await document.fonts.ready;
		const { style } = document.body;
		style.display = 'none';
		void document.body.offsetHeight;
		style.removeProperty('display');
		void document.body.offsetHeight;
	});
}

/** The head of a sheet cut from a page: kicker, title and the edition it comes from. */
export interface SheetHead {
	kicker: string;
	title: string;
	edition: string;
}

/** One sheet: its head and the element of the loaded page it shows (a CSS selector). */
export interface Sheet extends SheetHead {
	selector: string;
}

const sheetCss = `body.showing-sheets > :not(.sheets) { display: none !important; }
@page sheet { @top-right { content: none; } @bottom-center { content: none; } }
.sheet { page: sheet; }
.sheet + .sheet { break-before: page; }
.sheet__kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 9pt; color: #444; margin: 0 0 1mm; }
.sheet__title { font-size: 18pt; line-height: 1.2; margin: 0 0 1mm; }
.sheet__edition { font-size: 9pt; color: #444; margin: 0 0 5mm; }
.sheet .training { border: none; padding: 0; }
.sheet .training--exercises li { break-inside: avoid; }`;

/**
 * Shows the loaded page as sheets, one per entry, each opening on a new page with its head and a
 * copy of the element it shows; then prints them all at once and cuts the print into one page
 * selection per sheet (a print per sheet would cost a second or more each). The page is left as it
 * was, for the next print made from it. Each sheet's first page
 * is found by a named destination: Chromium writes one for each element an in-page link points to,
 * so a hidden list of links to the sheets marks them. Links inside a sheet become plain text: they
 * point to pages of the site, which a sheet on paper cannot follow.
 */
export async function printSheets(
	page: Page,
	sheets: Sheet[],
	css: string,
	pdfOptions: Parameters<Page['pdf']>[0]
): Promise<PageSelection[]> {
	if (sheets.length === 0) return [];
	await page.evaluate((list) => {
		const view = document.createElement('div');
		view.className = 'sheets';
		const marks = document.createElement('nav');
		marks.hidden = true;
		const sections = list.map(({ selector, kicker, title, edition }, i) => {
			const shown = document.querySelector(selector);
			if (!shown) throw new Error(`The page has nothing at "${selector}" to print on a sheet.`);
			const section = document.createElement('section');
			section.className = 'sheet';
			section.id = `sheet-${i}`;
			for (const [tag, name, text] of [
				['p', 'kicker', kicker],
				['h1', 'title', title],
				['p', 'edition', edition],
			] as const) {
				const el = document.createElement(tag);
				el.className = `sheet__${name}`;
				el.textContent = text;
				section.append(el);
			}
			const copy = shown.cloneNode(true) as Element;
			for (const a of copy.querySelectorAll('a')) a.replaceWith(...a.childNodes);
			const body = document.createElement('div');
			body.className = 'sl-markdown-content';
			body.append(copy);
			section.append(body);
			const mark = document.createElement('a');
			mark.href = `#${section.id}`;
			marks.append(mark);
			return section;
		});
		view.append(marks, ...sections);
		document.body.append(view);
		document.body.classList.add('showing-sheets');
	}, sheets);
	await addStyleSheet(page, `${sheetCss}\n${css}`);
	const printed = await page.pdf(pdfOptions);
	await page.evaluate(() => {
		document.querySelector('body > .sheets')?.remove();
		document.body.classList.remove('showing-sheets');
	});
	const { byName, count } = await destinationPages(printed);
	const starts = sheets.map((_, i) => {
		const start = byName.get(`sheet-${i}`);
		if (start === undefined)
			throw new Error(`Sheet ${i + 1} ("${sheets[i]!.title}") has no page in the print.`);
		return start;
	});
	const from = await PDFDocument.load(printed);
	return starts.map((start, i) => {
		const end = (starts[i + 1] ?? count + 1) - 1;
		return { from, indices: Array.from({ length: end - start + 1 }, (_, k) => start - 1 + k) };
	});
}

/** Course plans print landscape: a day's timetable has five columns. */
export const coursePlanCss = (paper: Paper) =>
	`@page sheet { size: ${paper === 'Letter' ? 'letter' : 'A4'} landscape; margin: 14mm 16mm; @top-left { content: none; } }
.sheet .course-plan > h3 { display: none; }
.sheet table { display: table; width: 100%; font-size: 9pt; break-inside: auto; }
.sheet :is(th, td) { padding: 1mm 2mm; }
.sheet .course-plan__activity { margin: 0.5mm 0 0; font-weight: 400; }
.sheet :is(tr, h4) { break-inside: avoid; }
.sheet h4 { break-after: avoid; }`;
