import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, inject, it } from 'vitest';
import { chapterFrontmatter } from '../../src/lib/content/chapter-schema.ts';
import { sessionSlides, slideDeckPath } from '../../src/lib/content/courses.ts';
import { pageTexts } from '../../src/lib/pdf/inspect.ts';
import { pdfPlan } from '../../src/lib/pdf/plan.ts';
import { attr, elements, readPage, textContent } from '../../src/lib/postbuild/dist.ts';
import { textItems } from '../../src/lib/pdf/text-items.ts';
import { chapterDecks, courseDayDecks } from '../../src/lib/slides/decks.ts';
import { chromiumForTests } from '../helpers/browser.ts';
import { handbook } from '../helpers/handbook.ts';

const dist = inject('distDir');
const chromium = chromiumForTests();
const chapters = chapterDecks(handbook);
const days = courseDayDecks(handbook);
const read = (path: string) => new Uint8Array(readFileSync(join(dist, path)));
/** PDF text runs break lines and words apart in their own places: compare without whitespace. */
// Soft hyphens: the slides reuse the print page's figures, whose captions are hyphenated for print.
const squash = (s: string) => s.replace(/[\s\u00ad]+/g, '');
let printBook: ReturnType<typeof readPage> | undefined;
const book = () => (printBook ??= readPage(dist, 'print/index.html'));
const frontmatter = (slug: string) => chapterFrontmatter.parse(handbook.source(slug)!.data);

describe.skipIf(!chromium)('the slide decks', () => {
	it('are planned and written for every teaching chapter and every course day, with notes', () => {
		const planned = new Set(pdfPlan(handbook).map((p) => p.path));
		expect(chapters.length).toBeGreaterThan(10);
		expect(days.length).toBe(handbook.data.courses.reduce((n, c) => n + c.days.length, 0));
		for (const deck of [...chapters, ...days])
			for (const path of [deck.path, deck.notesPath]) {
				expect(planned.has(path), path).toBe(true);
				expect(existsSync(join(dist, path)), path).toBe(true);
			}
	});

	it('include every deck a course plan names', () => {
		for (const course of handbook.data.courses)
			for (const session of course.days.flatMap((d) => d.sessions))
				for (const slug of sessionSlides(session))
					expect(existsSync(join(dist, slideDeckPath(slug))), `${course.title}: ${slug}`).toBe(
						true
					);
	});

	it.each([...chapters, ...days].flatMap((d) => [d.path, d.notesPath]))(
		'%s has only 16:9 pages',
		async (path) => {
			const pdf = await PDFDocument.load(read(path));
			expect(pdf.getPageCount()).toBeGreaterThan(0);
			for (const page of pdf.getPages()) {
				const { width, height } = page.getSize();
				expect(width / height, path).toBeCloseTo(16 / 9, 3);
			}
		}
	);

	it.each([...chapters, ...days].map((d) => d.path))(
		'%s prints no slide text under 20 pt',
		async (path) => {
			const items = await textItems(read(path));
			expect(items.length).toBeGreaterThan(0);
			const small = items.filter((i) => i.size < 20 - 0.01);
			expect(
				small.map((i) => `page ${i.page}: "${i.text}" at ${i.size.toFixed(1)} pt`),
				path
			).toEqual([]);
		}
	);

	it.each(chapters.map((d) => [d.slug, d] as const))(
		'%s: the learner deck asks the review questions and gives no answer, and shows every diagram',
		async (slug, deck) => {
			const data = frontmatter(slug);
			const text = squash((await pageTexts(read(deck.path))).join(' '));
			for (const line of [...(data.objectives ?? []), ...(data.takeaways ?? [])])
				expect(text, line).toContain(squash(line));
			for (const { question, answer } of data.review ?? []) {
				expect(text, question).toContain(squash(question));
				expect(text, answer).not.toContain(squash(answer));
			}
			for (const { answer } of data.exercises ?? []) expect(text).not.toContain(squash(answer));
			// Every diagram of the chapter, as the print book shows it, has a slide under its caption.
			const [chapter] = elements(book(), (e) => attr(e, 'dataSlug') === slug);
			const captions = elements({ type: 'root', children: [chapter!] }, (e) =>
				(attr(e, 'className') ?? '').split(' ').includes('diagram')
			).flatMap((figure) =>
				figure.children.flatMap((c) =>
					// The print book numbers its figures ("Figure 8.1 "); a slide shows the caption alone.
					c.type === 'element' && c.tagName === 'figcaption'
						? [textContent(c).replace(/^Figure [\w.]+\s*/, '')]
						: []
				)
			);
			for (const caption of captions) expect(text, caption).toContain(squash(caption));
		}
	);

	it.each(chapters.map((d) => [d.slug, d] as const))(
		'%s: the notes hold every instructor note and the answers',
		async (slug, deck) => {
			const data = frontmatter(slug);
			const notes = data.instructor!;
			const text = squash((await pageTexts(read(deck.notesPath))).join(' '));
			for (const note of [notes.opening, ...notes.misconceptions, ...notes.prompts])
				expect(text, note).toContain(squash(note));
			expect(text).toContain(String(notes.minutes));
			for (const { answer } of data.review ?? []) expect(text, answer).toContain(squash(answer));
		}
	);

	it("gives a course day its agenda, then its chapters' decks and their notes", async () => {
		for (const day of days) {
			const [slides, notes] = await Promise.all(
				[day.path, day.notesPath].map(async (p) => (await pageTexts(read(p))).join(' '))
			);
			for (const item of day.content.slides.flatMap((s) => (s.kind === 'list' ? s.items : [])))
				expect(squash(slides!), item).toContain(squash(item));
			for (const slug of day.chapters) {
				const chapter = chapters.find((c) => c.slug === slug)!;
				expect(squash(slides!), slug).toContain(squash(chapter.content.title));
				expect(squash(notes!), slug).toContain(squash(frontmatter(slug).instructor!.opening));
			}
		}
	});
});
