import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { hyphenateTree, hyphenatorFor } from './hyphenate.ts';

const hyphenated = (html: string, lang = 'en') => {
	const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
	hyphenateTree(tree, lang);
	return unified()
		.use(rehypeStringify, { characterReferences: { useNamedReferences: false } })
		.stringify(tree)
		.replaceAll('\u00ad', '|')
		.replaceAll('&#xAD;', '|');
};

describe('hyphenateTree', () => {
	it('puts soft hyphens into the running text of paragraphs and list items', () => {
		expect(hyphenated('<p>Representative organizations</p>')).toBe(
			'<p>Rep|re|sen|ta|tive or|ga|ni|za|tions</p>'
		);
		expect(hyphenated('<ul><li>Management</li></ul>')).toBe('<ul><li>Man|age|ment</li></ul>');
	});

	it('keeps headings, acronyms, code, fact boxes, matrices and short words whole', () => {
		const html =
			'<h3>Representative</h3><dl class="process-facts"><dd>Representative</dd></dl><div class="process-matrix"><table><tbody><tr><td><a href="#x">Representative</a></td></tr></tbody></table></div><p><abbr title="Service Level Agreement">SLA</abbr> <code>representative</code> short</p>';
		expect(hyphenated(html)).toBe(html);
	});

	it('hyphenates the process names in links, which run long in the text', () => {
		expect(hyphenated('<p><a href="#x">Distribution</a></p>')).toBe(
			'<p><a href="#x">Dis|tri|b|u|tion</a></p>'
		);
	});

	it('follows the page language, and leaves a language without patterns alone', () => {
		expect(hyphenated('<p>administración</p>', 'es')).toContain('|');
		expect(hyphenated('<p>Representative</p>', 'xx')).toBe('<p>Representative</p>');
		expect(hyphenatorFor('en-GB')).toBe(hyphenatorFor('en'));
	});
});
