import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { InstructorNotes } from '../../src/lib/content/chapter-schema.ts';
import { outline, pageTexts, type OutlineEntry } from '../../src/lib/pdf/inspect.ts';
import { coursePlanPath, editionPdfPath, pdfPlan, worksheetPath } from '../../src/lib/pdf/plan.ts';
import { printBook } from '../../src/lib/print/book.ts';
import { chromiumForTests } from '../helpers/browser.ts';
import { handbook } from '../helpers/handbook.ts';

const dist = inject('distDir');
const chromium = chromiumForTests();
const t = handbook.t();

/**
 * Text as a comparison sees it: lower case, letters and digits only. Line breaks, hyphens where a
 * word wraps, quotes and punctuation differ between the frontmatter and what a PDF's text layer
 * gives back; the words do not.
 */
const squeeze = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

interface Apparatus {
	review?: { question: string; answer: string }[];
	exercises?: { title: string; task: string; answer: string }[];
	instructor?: InstructorNotes;
}
const chapters = printBook(handbook.chapters)
	.flatMap((part) => part.chapters)
	.map((c) => ({ ...c, data: (handbook.source(c.slug)?.data ?? {}) as Apparatus }));

/** Every model answer and instructor note of the book, with where it comes from. */
const answers = chapters.flatMap((c) => [
	...(c.data.review ?? []).map((r, i) => ({ where: `${c.slug} review ${i + 1}`, text: r.answer })),
	...(c.data.exercises ?? []).map((e) => ({
		where: `${c.slug} exercise "${e.title}"`,
		text: e.answer,
	})),
]);
const notes = chapters.flatMap((c) => {
	const n = c.data.instructor;
	if (!n) return [];
	return [
		{ where: `${c.slug} timing`, text: t('etom.instructor.minutes', { minutes: n.minutes }) },
		{ where: `${c.slug} opening`, text: n.opening },
		...n.misconceptions.map((m, i) => ({ where: `${c.slug} misconception ${i + 1}`, text: m })),
		...n.prompts.map((p, i) => ({ where: `${c.slug} prompt ${i + 1}`, text: p })),
	];
});

const runningHeads = [
	t('etom.site.title'),
	...chapters.map(
		(c) =>
			`${t(c.part === 'appendices' ? 'etom.print.appendix' : 'etom.print.chapter', { number: c.number })}: ${c.title}`
	),
];
/**
 * A PDF's text, without each page's running heads and page number: an answer that runs over a page
 * break reads on in the next page's text as it does on paper.
 */
async function textOf(path: string): Promise<string> {
	const pages = await pageTexts(new Uint8Array(readFileSync(join(dist, path))));
	return squeeze(
		pages
			.map((text, i) => {
				let body = text.replace(t('etom.print.pageOf', { page: i + 1, pages: pages.length }), ' ');
				for (const head of runningHeads) body = body.replace(head, ' ');
				return body;
			})
			.join(' ')
	);
}
const found = (text: string, items: { where: string; text: string }[]) =>
	items.filter((item) => text.includes(squeeze(item.text))).map((item) => item.where);
const missing = (text: string, items: { where: string; text: string }[]) =>
	items.filter((item) => !text.includes(squeeze(item.text))).map((item) => item.where);

describe.skipIf(!chromium)('the print editions', () => {
	let learner: string;
	let instructor: string;
	beforeAll(async () => {
		learner = await textOf(editionPdfPath('learner'));
		instructor = await textOf(editionPdfPath('instructor'));
	});

	it('have answers and notes to check, in most teaching chapters', () => {
		expect(answers.length).toBeGreaterThan(50);
		expect(notes.length).toBeGreaterThan(50);
	});

	it('keep every model answer and instructor note out of the learner edition', () => {
		expect(found(learner, answers)).toEqual([]);
		expect(found(learner, notes)).toEqual([]);
		expect(learner).not.toContain(squeeze(t('etom.instructor.answer')));
		expect(learner).not.toContain(squeeze(t('etom.instructor.title')));
	});

	it('print every model answer and instructor note in the instructor edition', () => {
		expect(missing(instructor, answers)).toEqual([]);
		expect(missing(instructor, notes)).toEqual([]);
	});

	it('share their chapters and differ in title and cover line', async () => {
		for (const edition of ['learner', 'instructor'] as const) {
			const bytes = new Uint8Array(readFileSync(join(dist, editionPdfPath(edition))));
			const cover = (await pageTexts(bytes))[0]!;
			expect(squeeze(cover), edition).toContain(squeeze(t(`etom.print.editionName.${edition}`)));
			const doc = await PDFDocument.load(bytes, { updateMetadata: false });
			expect(doc.getAuthor()).toBe(t('etom.pdf.author'));
			if (edition === 'instructor')
				expect(doc.getTitle()).toBe(
					`${t('etom.site.title')}: ${t('etom.print.instructorPageTitle')}`
				);
		}
		// The same bookmarks: parts, chapters and sections, in the same order.
		const titles = async (edition: 'learner' | 'instructor') => {
			const flatten = (entries: OutlineEntry[]): string[] =>
				entries.flatMap((e) => [e.title.replace(/\s+/g, ' ').trim(), ...flatten(e.items)]);
			return flatten(
				await outline(new Uint8Array(readFileSync(join(dist, editionPdfPath(edition)))))
			);
		};
		const learnerTitles = await titles('learner');
		expect(await titles('instructor')).toEqual(learnerTitles);
		for (const c of chapters) expect(learnerTitles, c.slug).toContain(c.title);
	});
});

describe.skipIf(!chromium)('the exercise worksheets', () => {
	const withExercises = chapters.filter((c) => (c.data.exercises ?? []).length > 0);

	it('exist for every chapter with exercises, and only for those', () => {
		expect(withExercises.length).toBeGreaterThan(5);
		const planned = pdfPlan(handbook).filter((p) => p.kind === 'worksheet');
		expect(planned.map((p) => p.slug)).toEqual(withExercises.map((c) => c.slug));
		for (const c of chapters)
			expect(existsSync(join(dist, worksheetPath(c.slug))), c.slug).toBe(withExercises.includes(c));
	});

	it('hold their chapter exercises, the edition and no answer, under their own title', async () => {
		const titles = new Set<string>();
		for (const c of withExercises) {
			const bytes = new Uint8Array(readFileSync(join(dist, worksheetPath(c.slug))));
			const doc = await PDFDocument.load(bytes, { updateMetadata: false });
			titles.add(doc.getTitle() ?? '');
			const text = squeeze((await pageTexts(bytes)).join(' '));
			expect(text, c.slug).toContain(squeeze(c.title));
			expect(text, c.slug).toContain(squeeze(handbook.data.edition.version));
			for (const e of c.data.exercises!) {
				expect(text, `${c.slug}: ${e.title}`).toContain(squeeze(e.title));
				expect(text, `${c.slug}: ${e.title}`).toContain(squeeze(e.task));
			}
			expect(found(text, answers)).toEqual([]);
		}
		expect(titles.size).toBe(withExercises.length);
	});
});

describe.skipIf(!chromium)('the course plan PDFs', () => {
	it.each(handbook.data.courses.map((c) => [c.slug, c] as const))(
		'%s lists every day and every session with its minutes',
		async (slug, course) => {
			const text = await textOf(coursePlanPath(slug));
			expect(text).toContain(squeeze(course.title));
			for (const day of course.days) {
				expect(text, day.title).toContain(squeeze(day.title));
				for (const session of day.sessions) {
					expect(text, session.title).toContain(squeeze(`${session.title}`));
					if (session.activity) expect(text, session.title).toContain(squeeze(session.activity));
				}
			}
			// In reading order: each session's title with its minutes, as the timetable prints them.
			const sessions = course.days.flatMap((d) => d.sessions);
			let at = 0;
			for (const s of sessions) {
				const next = text.indexOf(squeeze(`${s.title}`), at);
				expect(next, `${s.title} after the session before it`).toBeGreaterThanOrEqual(at);
				at = next;
			}
		}
	);
});

describe.skipIf(!chromium)('the downloads', () => {
	it('list every PDF with its size on the print pages and the trainer page', () => {
		const plan = pdfPlan(handbook);
		for (const page of ['print/index.html', 'print/instructor/index.html', 'teaching/index.html']) {
			const html = readFileSync(join(dist, page), 'utf8');
			for (const pdf of plan) {
				const size = new RegExp(
					`data-pdf="${pdf.path}">${squeezeRegExp(t('etom.pdf.size', { size: '' }))}\\d+(\\.\\d)? [KM]B<`
				);
				expect(html, `${page}: ${pdf.path}`).toMatch(size);
			}
		}
	});

	it('keep the instructor print page out of search engines, like the learner one', () => {
		const html = readFileSync(join(dist, 'print/instructor/index.html'), 'utf8');
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).not.toContain('data-pagefind-body');
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(/^Disallow: \/print\/$/m);
	});
});

const squeezeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
