import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../src/lib/browser.ts';
import { pageTexts, outline, type OutlineEntry } from '../../src/lib/pdf/inspect.ts';
import { exportPdfs } from '../../src/lib/pdf/export.ts';
import { bookPdfPath, handoutPath, pdfPlan, posterPdfPath } from '../../src/lib/pdf/plan.ts';
import { textItems } from '../../src/lib/pdf/text-items.ts';
import { printBook } from '../../src/lib/print/book.ts';
import { serveStatic } from '../../src/lib/static-server.ts';
import { chromiumForTests } from '../helpers/browser.ts';
import { handbook } from '../helpers/handbook.ts';

const dist = inject('distDir');
const chromium = chromiumForTests();
const t = handbook.t();
const book = printBook(handbook.chapters);
const chaptersOf = book.flatMap((p) => p.chapters);
const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
const posters = pdfPlan(handbook)
	.filter((p) => p.kind === 'poster')
	.map((p) => [p.area!, p.path] as const);
const { edition } = handbook.data;
const runningHead = (c: (typeof chaptersOf)[number]) =>
	`${t(c.part === 'appendices' ? 'etom.print.appendix' : 'etom.print.chapter', { number: c.number })}: ${c.title}`;

/** poppler's command-line tools, which CI installs; locally the tests that need them skip loudly. */
function poppler(tool: string, file: string): string | undefined {
	try {
		return execFileSync(tool, [file], { encoding: 'utf8' });
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
		const message = `*** ${tool} not found (apt-get install -y poppler-utils): PDF check SKIPPED ***`;
		if (process.env.CI) throw new Error(message);
		console.warn(message);
		return undefined;
	}
}

describe.skipIf(!chromium)('the PDF book', () => {
	const file = join(dist, bookPdfPath);
	const data = () => new Uint8Array(readFileSync(file));

	it('is a tagged PDF with every font embedded', () => {
		expect(existsSync(file)).toBe(true);
		const info = poppler('pdfinfo', file);
		if (info !== undefined) {
			expect(info).toMatch(/^Tagged:\s+yes$/m);
			expect(info).toMatch(/^Page size:.*\(A4\)$/m);
		}
		const fonts = poppler('pdffonts', file);
		if (fonts !== undefined) {
			const rows = fonts
				.split('\n')
				.slice(2)
				.filter((l) => l.trim());
			expect(rows.length).toBeGreaterThan(0);
			for (const row of rows) expect(row, row).toMatch(/\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);
		}
	});

	it('has an outline entry for every part and chapter', async () => {
		const flatten = (entries: OutlineEntry[]): string[] =>
			entries.flatMap((e) => [normalize(e.title), ...flatten(e.items)]);
		const titles = flatten(await outline(data()));
		for (const c of chaptersOf) expect(titles, c.title).toContain(c.title);
	});

	it('prints, for every contents entry, the page where that chapter starts', async () => {
		const pages = await pageTexts(data());
		const contentsEnd = pages.findIndex(
			(p, i) =>
				i > 0 && p.includes(t('etom.part.introduction')) && !p.includes(t('etom.print.contents'))
		);
		const contents = normalize(pages.slice(1, contentsEnd).join(' '));
		for (const c of chaptersOf) {
			const label = t(c.part === 'appendices' ? 'etom.print.appendix' : 'etom.print.chapter', {
				number: c.number,
			});
			// The running header names the chapter on each of its pages: its first such page is where it starts.
			const start = pages.findIndex((p) => p.includes(`${label}: ${c.title}`)) + 1;
			expect(start, c.title).toBeGreaterThan(0);
			expect(contents).toContain(`${c.number} ${c.title} ${start}`);
		}
	});

	it('prints no text smaller than 7 pt, diagram labels and the matrices included', async () => {
		const small = (await textItems(data())).filter((item) => item.size < 7);
		expect(
			small.slice(0, 10).map((i) => `p. ${i.page}: ${i.size.toFixed(2)} pt "${i.text}"`),
			`${small.length} runs of text under 7 pt`
		).toEqual([]);
		// The matrix diagrams print as the matrix tables instead: every Operations process is there.
		const html = readFileSync(join(dist, 'print', 'index.html'), 'utf8');
		expect(html).toContain(
			'class="diagram diagram--table" data-diagram="generated/operations-matrix"'
		);
		expect(html).toContain('class="diagram diagram--table" data-diagram="generated/sip-matrix"');
	});

	it('opens with its bookmarks, names its author and keeps the spaces of wrapped headings', async () => {
		const doc = await PDFDocument.load(data(), { updateMetadata: false });
		expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
		expect(doc.getAuthor()).toBe(t('etom.pdf.author'));
		const flatten = (entries: OutlineEntry[]): string[] =>
			entries.flatMap((e) => [e.title, ...flatten(e.items)]);
		const squeezed = new Map(chaptersOf.map((c) => [c.title.replace(/\s+/g, ''), c.title]));
		for (const title of flatten(await outline(data()))) {
			const heading = squeezed.get(title.replace(/\s+/g, ''));
			if (heading) expect(normalize(title)).toBe(heading);
		}
	});

	it('has an imprint behind the title page and the cited sources before the index', async () => {
		const pages = (await pageTexts(data())).map(normalize);
		expect(pages[0]).toContain(t('etom.site.title'));
		const imprint = pages[1]!;
		expect(imprint).toContain(
			normalize(t('etom.print.edition', { version: edition.version, date: edition.date }))
		);
		for (const key of ['etom.imprint.licence', 'etom.imprint.framework'])
			expect(imprint).toContain(normalize(t(key)));
		// The sources close the book's text; the index follows them.
		const index = pages.findIndex((p) => p.includes(normalize(t('etom.print.indexIntro'))));
		expect(index).toBeGreaterThan(0);
		const end = pages.slice(index - 3, index).join(' ');
		expect(end).toContain(t('etom.sources.title'));
		expect(handbook.data.sources.length).toBeGreaterThan(5);
		for (const source of handbook.data.sources)
			expect(end, source.key).toContain(normalize(`${source.key} ${source.title}`));
	});

	it('writes the contents page numbers into the print view, as the PDF prints them', async () => {
		const pages = await pageTexts(data());
		const html = readFileSync(join(dist, 'print', 'index.html'), 'utf8');
		for (const c of chaptersOf) {
			const start = pages.findIndex((p) => p.includes(runningHead(c))) + 1;
			expect(html, c.title).toContain(
				`<span class="toc__page" data-target="${c.prefix}top">${start}</span>`
			);
		}
	});

	it('opens each handout with its edition and its pages in the book, under its own title', async () => {
		const titles = new Set<string>();
		for (const c of chaptersOf) {
			const bytes = new Uint8Array(readFileSync(join(dist, handoutPath(c.slug))));
			const doc = await PDFDocument.load(bytes, { updateMetadata: false });
			titles.add(doc.getTitle() ?? '');
			expect(doc.getAuthor(), c.slug).toBe(t('etom.pdf.author'));
			const pages = (await pageTexts(bytes)).map(normalize);
			// The book's own footers on the first and last cut page give the range the cover states.
			const [, from] = /Page (\d+) of \d+/.exec(pages[1]!) ?? [];
			const [, to] = /Page (\d+) of \d+/.exec(pages.at(-1)!) ?? [];
			expect(pages[1], c.slug).toContain(runningHead(c));
			expect(pages[0], c.slug).toContain(
				normalize(
					t('etom.pdf.handoutPages', {
						from: from ?? '?',
						to: to ?? '?',
						title: t('etom.site.title'),
						version: edition.version,
						date: edition.date,
					})
				)
			);
		}
		expect(titles.size).toBe(chaptersOf.length);
	});

	it('has no blank page', async () => {
		const pages = await pageTexts(data());
		const chrome = [
			t('etom.site.title'),
			...chaptersOf.map(
				(c) =>
					`${t(c.part === 'appendices' ? 'etom.print.appendix' : 'etom.print.chapter', { number: c.number })}: ${c.title}`
			),
		];
		pages.forEach((text, i) => {
			let rest = text.replace(new RegExp(`Page ${i + 1} of ${pages.length}`), '');
			for (const s of chrome) rest = rest.replace(s, '');
			expect(rest.trim().length, `page ${i + 1} has only its header and footer`).toBeGreaterThan(0);
		});
	});

	it('comes with one handout per chapter and the A3 matrix posters', () => {
		for (const c of chaptersOf)
			expect(existsSync(join(dist, handoutPath(c.slug))), c.slug).toBe(true);
		expect(posters.map(([area]) => area)).toEqual(['1.1', '1.2']);
		for (const [, path] of posters) {
			const info = poppler('pdfinfo', join(dist, path));
			if (info !== undefined) expect(info).toMatch(/^Page size:.*\(A3\)$/m);
		}
		expect(readFileSync(join(dist, 'print', 'index.html'), 'utf8')).toContain(
			`href="/${posterPdfPath}"`
		);
	});

	it.each(posters)(
		'prints the matrix of area %s on one A3 sheet, filled, at 14 pt or more, with the edition',
		async (area, path) => {
			const bytes = new Uint8Array(readFileSync(join(dist, path)));
			const items = await textItems(bytes);
			expect(new Set(items.map((i) => i.page))).toEqual(new Set([1]));
			const small = items
				.filter((i) => i.size < 14)
				.map((i) => `${i.size.toFixed(1)} pt "${i.text}"`);
			expect(small).toEqual([]);
			const text = normalize(items.map((i) => i.text).join(' '));
			const { cells } = handbook.catalog.matrix(area);
			for (const { process } of [...cells.values()].flat())
				expect(text, process.id).toContain(`${process.id} ${process.name}`);
			expect(text).toContain(
				t('etom.pdf.posterEdition', {
					title: t('etom.site.title'),
					version: edition.version,
					date: edition.date,
				})
			);
			// Filled: the text runs from the top margin to the foot of the sheet and across it.
			const { pageWidth, pageHeight } = items[0]!;
			const ys = items.map((i) => i.y);
			const xs = items.map((i) => i.x);
			expect((Math.max(...ys) - Math.min(...ys)) / pageHeight).toBeGreaterThan(0.8);
			expect((Math.max(...xs) - Math.min(...xs)) / pageWidth).toBeGreaterThan(0.7);
		}
	);

	it('comes in US Letter on request', async () => {
		const copy = mkdtempSync(join(tmpdir(), 'etom-letter-'));
		try {
			cpSync(dist, copy, { recursive: true });
			await exportPdfs({
				handbook,
				distDir: copy,
				paper: 'Letter',
				browser: chromium!,
				bookOnly: true,
			});
			const info = poppler('pdfinfo', join(copy, bookPdfPath));
			if (info !== undefined) expect(info).toMatch(/^Page size:.*\(letter\)$/m);
		} finally {
			rmSync(copy, { recursive: true, force: true });
		}
	});

	it('never splits a diagram across pages', async () => {
		// Print the book as the export does, with invisible markers at the top and bottom of each
		// diagram's drawing (absolutely placed, so the layout is the same), then find their pages.
		const server = await serveStatic(dist);
		const browser = await launchBrowser(chromium!);
		try {
			// The markers' style sheet is the test's own: the page's Content Security Policy would refuse it.
			const page = await browser.newPage({ bypassCSP: true });
			await page.goto(`${server.url}print/`);
			await page.evaluate(() => document.fonts.ready);
			await page.addStyleTag({
				content:
					'@page { size: A4; } .diagram__svg--light { position: relative; } .marker { position: absolute; left: 0; font-size: 2px; color: #fff; }',
			});
			const count = await page.evaluate(() => {
				const figures = [...document.querySelectorAll('figure.diagram .diagram__svg--light')];
				figures.forEach((f, i) => {
					f.insertAdjacentHTML(
						'afterbegin',
						`<span class="marker" style="top:0">DGMSTART${i}X</span>`
					);
					f.insertAdjacentHTML(
						'beforeend',
						`<span class="marker" style="bottom:0">DGMEND${i}X</span>`
					);
				});
				return figures.length;
			});
			expect(count).toBeGreaterThanOrEqual(7);
			const pages = await pageTexts(
				await page.pdf({ preferCSSPageSize: true, printBackground: true })
			);
			const pageOf = (marker: string) =>
				pages.findIndex((p) => p.replace(/\s/g, '').includes(marker));
			for (let i = 0; i < count; i++) {
				const start = pageOf(`DGMSTART${i}X`);
				expect(start, `diagram ${i} start marker`).toBeGreaterThanOrEqual(0);
				expect(pageOf(`DGMEND${i}X`), `diagram ${i} ends on the page it starts on`).toBe(start);
			}
		} finally {
			await browser.close();
			await server.close();
		}
	});
});
