import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../src/lib/content/glossary.ts';
import { chapterSources, sectionTexts, words } from '../helpers/chapters.ts';
import { handbook } from '../helpers/handbook.ts';

// Source-level checks of the book: fast, no build. They hold the content to the bar of the
// content issue: one section per process, training apparatus, length, acronyms, original prose.
const { catalog } = handbook;
const sources = chapterSources();
const teaching = sources.filter((c) => c.part !== 'appendices');

describe('process sections', () => {
	// The English chapters: a translation repeats their sections (checked when the model loads).
	const sections = handbook.data.chapters.filter((c) => c.lang === 'en').flatMap((c) => c.sections);

	it('exist exactly once for every area, grouping and Level-2 process', () => {
		const expected = [
			...catalog.processes.filter((p) => p.level <= 2).map((p) => p.id),
			...catalog.verticals.map((v) => v.key),
		];
		for (const id of expected) {
			const found = sections.filter((s) => s.id === id);
			expect(found.map((s) => `${s.file}:${s.line}`), `sections of ${id}`).toHaveLength(1);
		}
	});

	it('put each Operations Level-2 process in the chapter of its horizontal', () => {
		for (const p of catalog.processes.filter((x) => x.area === '1.1' && x.level === 2 && x.scope === 'core')) {
			const home = sections.find((s) => s.id === p.parent)!;
			expect(sections.find((s) => s.id === p.id)?.file, p.id).toBe(home.file);
		}
	});
});

describe('training apparatus', () => {
	it.each(teaching.map((c) => [c.file, c] as const))('%s has objectives, takeaways and 3 to 6 answered questions', (_, c) => {
		expect(c.frontmatter.objectives?.length ?? 0).toBeGreaterThanOrEqual(2);
		expect(c.frontmatter.takeaways?.length ?? 0).toBeGreaterThanOrEqual(2);
		const review = c.frontmatter.review ?? [];
		expect(review.length).toBeGreaterThanOrEqual(3);
		expect(review.length).toBeLessThanOrEqual(6);
		for (const r of review) {
			expect(r.question?.trim(), 'question').toBeTruthy();
			expect(r.answer?.trim(), `answer to "${r.question}"`).toBeTruthy();
		}
	});
});

describe('length', () => {
	const operations = teaching.filter((c) => c.part === 'operations');

	it.each(operations.map((c) => [c.file, c] as const))('%s has at least 1,200 words', (_, c) => {
		expect(words(c.body)).toBeGreaterThanOrEqual(1200);
	});

	it('gives every Level-2 process section at least 150 words', () => {
		const short: string[] = [];
		for (const c of sources) {
			for (const [id, text] of sectionTexts(c.body)) {
				if (catalog.byId(id)?.level !== 2) continue;
				const n = words(text);
				if (n < 150) short.push(`${id} in ${c.file}: ${n} words`);
			}
		}
		expect(short).toEqual([]);
	});
});

describe('acronyms', () => {
	it('are all defined in the glossary', () => {
		const glossary = handbook.glossary();
		const terms = new Set(glossary.terms.map((t) => t.term));
		const missing = new Map<string, string>();
		for (const c of sources) {
			const text = `${JSON.stringify(c.frontmatter)}\n${c.body.replace(/<[^>]+>/g, ' ')}`;
			for (const a of findAcronyms(text, glossary)) if (!terms.has(a)) missing.set(a, c.file);
		}
		expect([...missing].map(([a, f]) => `${a} (${f})`)).toEqual([]);
	});
});
