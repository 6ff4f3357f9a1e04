import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, inject, it } from 'vitest';
import { defaultLang, localePrefix } from '../../src/lib/i18n/locales.ts';
import { pageTexts } from '../../src/lib/pdf/inspect.ts';
import { bookPdfPath, pdfPlan } from '../../src/lib/pdf/plan.ts';
import { printBook } from '../../src/lib/print/book.ts';
import { hyphenatorFor } from '../../src/lib/print/hyphenate.ts';
import { chromiumForTests } from '../helpers/browser.ts';
import { handbook } from '../helpers/handbook.ts';

// Every edition prints its own books and kit (README, "Editions"): in its language, from its
// translated chapters, under its prefix (dist/es/etom-handbook.pdf, dist/es/pdf/...).
const dist = inject('distDir');
const chromium = chromiumForTests();
const others = handbook.data.editions.filter((lang) => lang !== defaultLang);
// pdf.js splits some runs (Polish letters with diacritics among them): texts are compared without
// spaces or soft hyphens.
const squeeze = (s: string) => s.replace(/[\s\u00ad]+/g, '');

describe.skipIf(!chromium).each(others)('the %s edition in print', (lang) => {
	const t = handbook.t(lang);
	const chapters = printBook(handbook.chaptersIn(lang)).flatMap((p) => p.chapters);
	const file = join(dist, localePrefix(lang), bookPdfPath);
	let texts: string[] | undefined;
	const pages = async () => (texts ??= await pageTexts(new Uint8Array(readFileSync(file))));

	it('writes every PDF of its plan, under its prefix', () => {
		const plan = pdfPlan(handbook, lang);
		expect(plan.length).toBe(pdfPlan(handbook).length);
		for (const p of plan) {
			expect(p.path.startsWith(localePrefix(lang)), p.path).toBe(true);
			expect(existsSync(join(dist, p.path)), p.path).toBe(true);
			expect(statSync(join(dist, p.path)).size, p.path).toBeGreaterThan(1000);
		}
	});

	it('names its language and its title in that language', async () => {
		const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
		const declared = pdf.catalog.lookupMaybe(PDFName.of('Lang'), PDFString);
		expect(declared?.decodeText()).toBe(lang);
		expect(pdf.getTitle()).toBe(`${t('etom.site.title')}: ${t('etom.print.pageTitle')}`);
	});

	it('prints its translated chapters under running heads and page numbers in its language', async () => {
		const all = await pages();
		const contentsEnd = all.findIndex(
			(p, i) =>
				i > 0 &&
				squeeze(p).includes(squeeze(t('etom.part.introduction'))) &&
				!squeeze(p).includes(squeeze(t('etom.print.contents')))
		);
		const contents = squeeze(all.slice(1, contentsEnd).join(' '));
		for (const c of chapters) {
			const label = t(c.part === 'appendices' ? 'etom.print.appendix' : 'etom.print.chapter', {
				number: c.number,
			});
			const start = all.findIndex((p) => squeeze(p).includes(squeeze(`${label}: ${c.title}`))) + 1;
			expect(start, `${lang}: ${c.title}`).toBeGreaterThan(0);
			expect(contents).toContain(squeeze(`${c.number} ${c.title} ${start}`));
		}
		// The chapters' titles are the edition's own (those named after a process keep its official
		// English name), and no English running head is left.
		const english = new Map(handbook.chapters.map((c) => [c.slug, c.title]));
		expect(chapters.filter((c) => c.title !== english.get(c.slug)).length).toBeGreaterThan(5);
		const englishHead = squeeze(`${handbook.t()('etom.print.chapter', { number: 1 })}:`);
		expect(all.filter((p) => squeeze(p).includes(englishHead))).toEqual([]);
		const n = Math.floor(all.length / 2);
		expect(squeeze(all[n - 1]!)).toContain(
			squeeze(t('etom.print.pageOf', { page: n, pages: all.length }))
		);
	});

	it('indexes its key concepts under their names in its language', async () => {
		const all = await pages();
		const index = squeeze(all.slice(-12).join(' '));
		for (const c of handbook.data.concepts) {
			const term = c.translations[lang]!;
			expect(index, term).toContain(squeeze(term));
		}
	});

	it("hyphenates with its language's patterns", () => {
		const html = readFileSync(join(dist, localePrefix(lang), 'print', 'index.html'), 'utf8');
		const words = [...new Set(html.match(/[\p{L}\u00ad]*\u00ad[\p{L}\u00ad]*/gu) ?? [])];
		expect(words.length).toBeGreaterThan(500);
		const own = hyphenatorFor(lang)!;
		const english = hyphenatorFor(defaultLang)!;
		const sample = words.slice(0, 200);
		for (const word of sample) expect(own(word.replace(/\u00ad/g, ''))).toBe(word);
		expect(sample.filter((w) => english(w.replace(/\u00ad/g, '')) !== w).length).toBeGreaterThan(
			20
		);
	});
});
