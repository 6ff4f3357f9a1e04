import { describe, expect, it } from 'vitest';
import type { NumberingLabels } from './references.ts';
import { rewriteChapterHtml, type ChapterLinks } from './rewrite.ts';

const numbering: NumberingLabels = {
	chapter: '6',
	figure: (n) => `Figure ${n}`,
	table: (n) => `Table ${n}`,
	pageColumn: 'Page',
};
const links: ChapterLinks = {
	base: '/',
	prefix: 'c6-',
	prefixOf: new Map([['operations/smo', 'c7-']]),
	sectionNumbers: new Map(),
	numbering,
};

// The rewrite also hyphenates running text for print; these tests look at the numbering.
const unhyphenated = (html: string) => html.replaceAll('\u00ad', '');

describe('the print edition numbering and page references', () => {
	it('numbers diagrams and captioned tables by chapter, in reading order, and gives each an id', () => {
		const html = unhyphenated(
			rewriteChapterHtml(
				'<figure class="diagram" id="figure-flow"><div>svg</div><figcaption>The flow</figcaption></figure>' +
					'<table><caption>Steps</caption><tr><td>1</td></tr></table>' +
					'<table><tr><td>no caption, no number</td></tr></table>' +
					'<figure class="diagram"><table><caption>Matrix</caption></table><figcaption>The matrix</figcaption></figure>',
				links,
				'en'
			)
		);
		expect(html).toContain(
			'<figure class="diagram" id="c6-figure-flow" data-label="Figure 6.1"><div>svg</div><figcaption><span class="caption-number">Figure 6.1</span> The flow</figcaption>'
		);
		expect(html).toContain(
			'<table data-label="Table 6.1" id="c6-table-1"><caption><span class="caption-number">Table 6.1</span> Steps</caption>'
		);
		expect(html).toContain('<table><tbody><tr><td>no caption, no number</td></tr></tbody></table>');
		// A table inside a figure is that figure: the matrix is Figure 6.2, its table gets no number.
		expect(html).toContain(
			'data-label="Figure 6.2" id="c6-figure-2"><table><caption>Matrix</caption>'
		);
	});

	it('adds an empty page reference after each in-book link, and none where a link is no reference', () => {
		const html = unhyphenated(
			rewriteChapterHtml(
				'<p>See <a href="/operations/smo/#process-1-1-2-2">SC&amp;A</a> and <a href="https://example.org/">the web</a>' +
					'<a href="/appendices/x/" class="id-marker">†</a>.</p>' +
					'<h3 id="h">Heading <a href="#h">self</a></h3>',
				links,
				'en'
			)
		);
		expect(html).toContain(
			'<a href="#c7-process-1-1-2-2">SC&#x26;A</a><span class="page-ref" data-target="c7-process-1-1-2-2"></span> and'
		);
		expect(html.match(/page-ref/g)).toHaveLength(1);
	});

	it('gives the process index a page column from each row link', () => {
		const html = unhyphenated(
			rewriteChapterHtml(
				'<table class="process-index"><caption>All</caption><thead><tr><th>Id</th><th>Process</th></tr></thead>' +
					'<tbody><tr><td>1.1</td><th><a href="/operations/smo/">Ops</a></th></tr><tr><td>9</td><th>none</th></tr></tbody></table>',
				links,
				'en'
			)
		);
		expect(html).toContain('<th>Process</th><th scope="col">Page</th>');
		expect(html).toContain(
			'<a href="#c7-top">Ops</a></th><td class="process-index__page"><span class="page-ref page-ref--bare" data-target="c7-top"></span></td>'
		);
		expect(html).toContain('<th>none</th><td class="process-index__page"></td>');
		expect(html).not.toContain('<span class="page-ref" ');
	});

	it('leaves a chapter without numbering as it was (a plain printout)', () => {
		const { numbering: _, ...plain } = links;
		const html = unhyphenated(
			rewriteChapterHtml('<table><caption>Steps</caption></table><a href="#x">x</a>', plain, 'en')
		);
		expect(html).not.toContain('Table 6.1');
		expect(html).not.toContain('page-ref');
	});
});
