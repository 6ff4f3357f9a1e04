import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeTableCaptions } from './rehype-table-captions.ts';

// The plugin sees what GFM makes of a chapter's table and the paragraph after it.
const render = (html: string) =>
	String(
		unified()
			.use(rehypeParse, { fragment: true })
			.use(rehypeTableCaptions)
			.use(rehypeStringify)
			.processSync(new VFile({ path: 'chapter.mdx', value: html }))
	);

describe('rehypeTableCaptions', () => {
	it('makes a "Table: " paragraph after a table its caption, with an id from the caption', () => {
		const html = render(
			'<table><thead><tr><th>a</th></tr></thead></table>\n<p>Table: Two <em>small</em> columns</p>\n<p>Next.</p>'
		);
		expect(html).toBe(
			'<table id="table-two-small-columns"><caption>Two <em>small</em> columns</caption><thead><tr><th>a</th></tr></thead></table>\n\n<p>Next.</p>'
		);
	});

	it('leaves tables without a caption paragraph alone', () => {
		const html = '<table><tbody><tr><td>1</td></tr></tbody></table>\n<p>Text.</p>';
		expect(render(html)).toBe(html);
	});

	it('fails with the file and line when the paragraph follows no table', () => {
		expect(() => render('<p>Intro.</p>\n\n<p>Table: Orphan caption</p>')).toThrow(
			/chapter\.mdx:3: a "Table:" paragraph must follow a table directly/
		);
	});
});
