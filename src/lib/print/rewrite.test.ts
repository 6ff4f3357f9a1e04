import { describe, expect, it } from 'vitest';
import {
	bookHref,
	rewriteChapterHtml,
	rewriteChapterHtmlOnce,
	type ChapterLinks,
} from './rewrite.ts';

const links: ChapterLinks = {
	base: '/h/',
	prefix: 'c2-',
	prefixOf: new Map([
		['operations/crm', 'c2-'],
		['operations/smo', 'c3-'],
	]),
	sectionNumbers: new Map([
		['intro', '2.1'],
		['process-1-1-1-5', '2.2'],
	]),
};

describe('bookHref', () => {
	it('turns links to chapters of the book into in-book anchors', () => {
		expect(bookHref('/h/operations/smo/#process-1-1-2-2', links)).toBe('#c3-process-1-1-2-2');
		expect(bookHref('/h/operations/smo/', links)).toBe('#c3-top');
		expect(bookHref('#x', links)).toBe('#c2-x');
		expect(bookHref('/h/', links)).toBe('#cover');
		expect(bookHref('https://example.org/', links)).toBe('https://example.org/');
		expect(bookHref('/h/print/', links)).toBe('/h/print/');
	});
});

describe('rewriteChapterHtml', () => {
	const html = [
		'<h2 id="intro">Intro</h2><p>See <a href="/h/operations/smo/#process-1-1-2-2">SC&amp;A</a>.</p>',
		'<h2 id="process-1-1-1-5" class="process-heading"><span class="process-id">1.1.1.5</span> Order Handling</h2>',
		'<dl class="process-facts"></dl><p>Body.</p><h3 id="sub">Sub</h3><p>More.</p>',
		'<h2 id="next">Next</h2>',
		'<svg id="d-1" aria-labelledby="d-1-title"><title id="d-1-title">T</title></svg>',
	].join('');
	const out = rewriteChapterHtml(html, links, 'en');

	it('prefixes ids outside SVG and numbers the level-2 headings', () => {
		expect(out).toContain('<h2 id="c2-intro"><span class="section-number">2.1</span> Intro</h2>');
		expect(out).toContain('<svg id="d-1" aria-labelledby="d-1-title"><title id="d-1-title">');
		expect(out).toContain('<h2 id="c2-next">Next</h2>');
	});

	it('rewrites links into the book', () => {
		expect(out).toContain('href="#c3-process-1-1-2-2"');
	});

	it('moves headings down when asked', () => {
		expect(
			rewriteChapterHtml('<h2 id="a">A</h2><h3 id="b">B</h3>', { ...links, demote: 1 }, 'en')
		).toBe('<h3 id="c2-a">A</h3><h4 id="c2-b">B</h4>');
	});

	it('wraps a process section up to the next heading of its level', () => {
		expect(out).toMatch(
			/<section class="process-section"><h2 id="c2-process-1-1-1-5" class="process-heading"><span class="section-number">2\.2<\/span> <span class="process-id">1\.1\.1\.5<\/span> Order Handling<\/h2><dl class="process-facts"><\/dl><p>Body\.<\/p><h3 id="c2-sub">Sub<\/h3><p>More\.<\/p><\/section><h2 id="c2-next">/
		);
	});

	it("drops Starlight's heading anchor links and still finds the process sections they wrapped", () => {
		const wrapped = [
			'<div class="sl-heading-wrapper level-h2"><h2 id="process-1-1-1-5" class="process-heading">Order Handling</h2>',
			'<a class="sl-anchor-link" href="#process-1-1-1-5"><span class="sr-only">Section titled Order Handling</span></a></div>',
			'<p>Body.</p>',
		].join('');
		const result = rewriteChapterHtml(wrapped, links, 'en');
		expect(result).not.toContain('sl-anchor-link');
		expect(result).not.toContain('Section titled');
		expect(result).toMatch(
			/^<section class="process-section"><h2 id="c2-process-1-1-1-5" class="process-heading">/
		);
	});

	it('keeps the wording for paper: screen-only text goes, acronyms are spelled out, words hyphenated', () => {
		const result = rewriteChapterHtml(
			'<p>Its expansion shows <span class="on-screen">when you hover over it</span><span class="on-paper" data-pagefind-ignore="">in brackets</span>: <abbr title="Service Level Agreement">SLA</abbr>, representative.</p>',
			links,
			'en'
		);
		expect(result.replaceAll('\u00ad', '')).toBe(
			'<p>Its expansion shows in brackets: <abbr title="Service Level Agreement">SLA</abbr> (Service Level Agreement), representative.</p>'
		);
		expect(result).toContain('rep\u00adre\u00adsen\u00adta\u00adtive');
	});
});

describe('rewriteChapterHtmlOnce', () => {
	const numbering = {
		chapter: '2',
		figure: (n: string) => `Figure ${n}`,
		table: (n: string) => `Table ${n}`,
		pageColumn: 'Page',
	};
	const html =
		'<h2 id="intro">Intro</h2><figure class="diagram"><svg></svg><figcaption>A drawing</figcaption></figure>';

	it('gives what rewriteChapterHtml gives, for the same inputs again and for each changed one', () => {
		const cases: [string, ChapterLinks, string][] = [
			[html, { ...links, numbering }, 'en'],
			[html, { ...links, numbering }, 'en'],
			[`${html}<p>Edited.</p>`, { ...links, numbering }, 'en'],
			[html, { ...links, numbering, sectionNumbers: new Map([['intro', '2.9']]) }, 'en'],
			[html, { ...links, numbering: { ...numbering, figure: (n) => `Abbildung ${n}` } }, 'en'],
			[html, { ...links, numbering, prefixOf: new Map([['operations/smo', 'c9-']]) }, 'en'],
			[html, { ...links, numbering }, 'es'],
			[html, { ...links, numbering }, 'en'],
		];
		const outputs = cases.map(([h, l, lang]) => {
			const once = rewriteChapterHtmlOnce(h, l, lang);
			expect(once).toBe(rewriteChapterHtml(h, l, lang));
			return once;
		});
		// The changes show: no case got the rewrite of the case before it.
		expect(outputs[2]).toContain('Edited.');
		expect(outputs[3]).toContain('2.9');
		expect(outputs[4]).toContain('Abbildung 2.1');
		expect(new Set(outputs).size).toBeGreaterThanOrEqual(4);
	});
});
