import { describe, expect, it } from 'vitest';
import { addBookApparatus, type ApparatusInput } from './apparatus.ts';

const labels: ApparatusInput['labels'] = {
	figures: 'Figures and tables',
	figuresList: 'Figures',
	tablesList: 'Tables',
	index: 'Index',
	indexIntro: 'Terms and pages.',
	indexIds: 'Process ids',
};

const book =
	'<nav class="toc"></nav><div data-apparatus="figures"></div>' +
	'<article class="chapter"><h2 id="c1-top" class="chapter__title">One</h2>' +
	'<p>An <abbr title="service level agreement">SLA</abbr>, see <a href="#c1-figure-flow">the flow</a><span class="page-ref" data-target="c1-figure-flow"></span>.</p>' +
	'<h3 id="c1-process-1-1">1.1 Operations</h3>' +
	'<figure class="diagram" id="c1-figure-flow" data-label="Figure 1.1"><figcaption><span class="caption-number">Figure 1.1</span> The flow</figcaption></figure>' +
	'<table id="c1-table-1" data-label="Table 1.1"><caption><span class="caption-number">Table 1.1</span> Steps</caption></table>' +
	'<p>More <abbr title="service level agreements">SLAs</abbr>.</p></article>' +
	'<article class="chapter"><h2 id="ca-top" class="chapter__title">Glossary</h2><dl class="glossary"><div id="ca-term-sla"><dt><abbr>SLA</abbr></dt></div></dl></article>' +
	'<div data-apparatus="index"></div>';

const input: ApparatusInput = {
	entries: [
		{ term: 'Operations (1.1)', targets: ['c1-process-1-1'] },
		{ term: '1.1 Operations', targets: ['c1-process-1-1'], isProcessId: true },
		{ term: 'Flow', targets: ['c1-figure-flow', 'c1-top'] },
	],
	glossary: [{ term: 'SLA', heading: 'SLA (service level agreement)', target: 'ca-term-sla' }],
	labels,
};

describe('addBookApparatus', () => {
	const html = addBookApparatus(book, input);

	it('gives a reference to a figure its number', () => {
		expect(html).toContain(
			'<span class="page-ref" data-target="c1-figure-flow" data-label="Figure 1.1"></span>'
		);
	});

	it('lists the figures and tables with their captions and page slots, after the contents', () => {
		expect(html).toMatch(/^<nav class="toc"><\/nav><nav class="toc book-figures" id="figures"/);
		expect(html).toContain(
			'<a href="#c1-figure-flow" class="toc__entry toc__entry--figure"><span class="toc__number book-figures__number">Figure 1.1</span><span class="toc__text">The flow</span><span class="toc__leader"></span><span class="toc__page" data-target="c1-figure-flow"></span></a>'
		);
		expect(html).toContain('<span class="toc__text">Steps</span>');
	});

	it('indexes a glossary term at its first use in each chapter and at its entry, in book order', () => {
		expect(html).toContain('<abbr title="service level agreement" id="c1-use-term-sla">SLA</abbr>');
		expect(html).toContain('<abbr title="service level agreements">SLAs</abbr>');
		expect(html).toContain(
			'<span class="book-index__term">SLA (service level agreement)</span> <span class="book-index__pages"><a href="#c1-use-term-sla" class="book-index__page" data-target="c1-use-term-sla"></a><a href="#ca-term-sla"'
		);
	});

	it('lists process ids first, then the terms by letter, places in book order', () => {
		const groups = [...html.matchAll(/<h2 class="book-index__letter">([^<]*)</g)].map((m) => m[1]);
		expect(groups).toEqual(['Process ids', 'F', 'O', 'S']);
		expect(html).toContain(
			'<span class="book-index__term">Flow</span> <span class="book-index__pages"><a href="#c1-top"'
		);
	});

	it('fails, naming the entry, when a place is not in the book', () => {
		expect(() =>
			addBookApparatus(book, { ...input, entries: [{ term: 'Lost', targets: ['c1-nowhere'] }] })
		).toThrow(/"Lost" -> #c1-nowhere/);
	});
});
