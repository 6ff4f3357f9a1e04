import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { attr, distFiles, elements, readPage, textContent } from '../../src/lib/postbuild/dist.ts';
import { PAGEFIND_WEIGHT } from '../../src/lib/search/tuning.ts';
import { searchVocabulary } from '../../src/lib/search/vocabulary.ts';
import { instructorNotes } from '../../src/lib/content/chapter-schema.ts';
import { sessionSlides, slideDeckPath } from '../../src/lib/content/courses.ts';
import { bookPdfPath } from '../../src/lib/pdf/plan.ts';
import { chapterSources } from '../helpers/chapters.ts';
import { handbook } from '../helpers/handbook.ts';

const dist = inject('distDir');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('the built handbook', () => {
	it('has a landing page and the Operations overview', () => {
		expect(existsSync(join(dist, 'index.html'))).toBe(true);
		expect(page('')).toContain('<h1');
		expect(page('operations/overview')).toContain('Operations overview');
	});

	it('names every Operations Level-2 process of the matrix on the overview page', () => {
		const html = page('operations/overview');
		const matrix = handbook.catalog.matrix('1.1');
		const processes = [...matrix.cells.values()].flat().map((c) => c.process);
		expect(processes.length).toBe(30);
		for (const p of processes) {
			const name = p.name.replaceAll('&', '&amp;');
			expect(html, `${p.id} ${p.name}`).toContain(`${p.id}</span> ${name}`);
		}
	});

	it('turns <Process> into a heading that the table of contents lists', () => {
		const html = page('operations/overview');
		expect(html).toMatch(
			/<h2 id="process-1-1" class="process-heading"[^>]*><span class="process-id">1\.1<\/span> Operations<\/h2>/
		);
		expect(html).toContain('href="#process-1-1"');
	});

	it('renders the training apparatus from the frontmatter', () => {
		const html = page('introduction/how-to-read');
		expect(html).toContain('Learning objectives');
		expect(html).toContain('Key takeaways');
		expect(html).toContain('Review questions');
	});

	it('makes the review questions a self-check online, and keeps the plain list in print', () => {
		const online = page('operations/crm');
		expect(online).toContain('<self-check data-chapter="operations/crm">');
		expect(online).toMatch(/<details class="self-check__answer"[^>]*data-pagefind-ignore/);
		const print = page('print');
		expect(print).toContain(handbook.t()('etom.training.review'));
		expect(print).not.toMatch(/self-check|etom-self-check/);
	});

	it('keeps the instructor notes off every page and out of the search index', () => {
		const notes = chapterSources().flatMap((c) => {
			const parsed = instructorNotes.safeParse(c.frontmatter.instructor);
			return parsed.success
				? [parsed.data.opening, ...parsed.data.misconceptions, ...parsed.data.prompts]
				: [];
		});
		expect(notes.length).toBeGreaterThan(60);
		// Pagefind indexes the HTML pages, so a note that is on no page is in no search result.
		const decode = (html: string) =>
			html.replace(/&(amp|quot|#39|#x27);/g, (e) => ({ '&amp;': '&', '&quot;': '"' })[e] ?? "'");
		const found: string[] = [];
		// The instructor edition of the print book is the one page made to hold them (noindex).
		for (const file of distFiles(dist, '.html', '.json').filter(
			(f) => !f.startsWith('print/instructor/')
		)) {
			const text = decode(readFileSync(join(dist, file), 'utf8'));
			for (const note of notes) if (text.includes(note)) found.push(`${file}: ${note}`);
		}
		expect(found).toEqual([]);
	});

	it("has a trainer's page, linked from the home page, with every session of both course plans", () => {
		const home = elements(readPage(dist, 'index.html'), (e) => attr(e, 'href') === '/teaching/');
		expect(home.map((a) => textContent(a).replace(/\s+/g, ' ').trim())).toContain(
			'Teaching with this handbook'
		);
		const html = page('teaching');
		const text = html.replaceAll('&amp;', '&').replaceAll('&#39;', "'");
		for (const course of handbook.data.courses) {
			expect(text).toContain(course.title);
			for (const session of course.days.flatMap((d) => d.sessions)) {
				expect(text, session.title).toContain(session.title);
				for (const slug of session.chapters) expect(html).toContain(`href="/${slug}/"`);
				for (const slug of sessionSlides(session))
					expect(html).toContain(`<code>${slideDeckPath(slug)}</code>`);
			}
		}
		// The downloads link to the PDFs this build wrote.
		for (const href of html.match(/href="\/[^"]+\.pdf"/g) ?? [])
			expect(existsSync(join(dist, href.slice(7, -1))), href).toBe(true);
		expect(html).toContain(`href="/${bookPdfPath}"`);
		// The page is for trainers online; the print edition stays the book.
		expect(page('print')).not.toContain('Teaching with this handbook');
	});

	it("shows a process's everyday terms in its fact box, online and in the print edition", () => {
		const t = handbook.t();
		const online = page('operations/crm');
		const print = page('print');
		for (const id of ['1.1.1.6', '1.1.1.11']) {
			const terms = handbook.catalog
				.get(id)
				.terms.map((x) => x.term)
				.join(', ');
			const row = `<dt data-pagefind-ignore="">${t('etom.process.terms')}</dt><dd><span class="process-terms" data-pagefind-weight="${PAGEFIND_WEIGHT.everydayTerm}">${terms}</span></dd>`;
			expect(online, id).toContain(row);
			expect(print, id).toContain(row);
		}
	});

	it('writes the vocabulary that the search dialog corrects misspelled words to', () => {
		const words = JSON.parse(readFileSync(join(dist, 'search', 'vocabulary.json'), 'utf8'));
		expect(words).toEqual(searchVocabulary(handbook));
		expect(words).toContain('churn');
	});

	it('leaves no catalog tag or untranslated UI key in any page', () => {
		for (const file of distFiles(dist, '.html')) {
			const html = readFileSync(join(dist, file), 'utf8');
			expect(html, file).not.toMatch(/<Process|<ProcessLink|etom\.[a-z]+\.[a-zA-Z.-]+/);
		}
	});
});

describe('diagrams and the matrix in the built handbook', () => {
	it('ship no Mermaid script and no unrendered mermaid block', () => {
		for (const file of distFiles(dist, '.html')) {
			const html = readFileSync(join(dist, file), 'utf8');
			expect(html, file).not.toMatch(
				/language-mermaid|class="mermaid"|mermaid(\.min)?\.js|mermaid\.esm/
			);
		}
		const scripts = distFiles(dist, '.js').filter((f) => f.startsWith('_astro/'));
		for (const s of scripts)
			expect(readFileSync(join(dist, s), 'utf8'), s).not.toContain('mermaidAPI');
	});

	it('render every diagram as inline SVG images with accessible names', () => {
		let count = 0;
		for (const file of distFiles(dist, '.html')) {
			const html = readFileSync(join(dist, file), 'utf8');
			for (const figure of html.match(/<figure class="diagram"[\s\S]*?<\/figure>/g) ?? []) {
				count++;
				const svgs = figure.match(/<svg[^>]*>/g) ?? [];
				expect(svgs.length, file).toBeGreaterThanOrEqual(2);
				for (const svg of svgs.filter((s) => s.includes('role="img"'))) {
					const id = /aria-labelledby="([^"]+)"/.exec(svg)?.[1];
					expect(figure).toMatch(new RegExp(`<title id="${id}">[^<]+</title>`));
				}
			}
		}
		// The four flows and the three generated diagrams appear in the chapters.
		expect(count).toBeGreaterThanOrEqual(7);
	});

	it('has one link per Operations Level-2 process in the clickable matrix', () => {
		const html = page('operations/overview');
		const table = /<div class="process-matrix[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
		const links = [...table.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]!);
		const processes = [...handbook.catalog.matrix('1.1').cells.values()].flat();
		expect(links).toHaveLength(processes.length);
		for (const { process } of processes)
			expect(links).toContainEqual(
				expect.stringContaining(`#process-${process.id.replaceAll('.', '-')}`)
			);
	});
});
