import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { jsxFromHtmlTags } from './html-tags.ts';

const parse = (markdown: string) => {
	const tree = unified().use(remarkParse).parse(markdown) as Root;
	jsxFromHtmlTags(tree);
	return tree;
};
/** The tree without positions, for comparing shapes. */
const shape = (node: unknown): unknown =>
	JSON.parse(JSON.stringify(node, (key, value) => (key === 'position' ? undefined : value)));

describe('the catalog tags of a plain Markdown chapter', () => {
	it('become the JSX nodes MDX makes: a flow tag on its own line, with its attributes', () => {
		const tree = parse('<Process id="1.1.1.5" depth=\'3\' />\n\nText.\n');
		expect(shape(tree.children[0])).toEqual({
			type: 'mdxJsxFlowElement',
			name: 'Process',
			attributes: [
				{ type: 'mdxJsxAttribute', name: 'id', value: '1.1.1.5' },
				{ type: 'mdxJsxAttribute', name: 'depth', value: '3' },
			],
			children: [],
		});
		expect(tree.children[0]!.position?.start.line).toBe(1);
	});

	it('become text elements inside a paragraph, an open tag with the children up to its closing tag', () => {
		const tree = parse(
			'See <ProcessLink id="1.1.1.5" /> and <ProcessLink id="1.1.1.6">the *desk*</ProcessLink>.\n'
		);
		const paragraph = shape(tree.children[0]) as { children: unknown[] };
		expect(paragraph.children).toEqual([
			{ type: 'text', value: 'See ' },
			{
				type: 'mdxJsxTextElement',
				name: 'ProcessLink',
				attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: '1.1.1.5' }],
				children: [],
			},
			{ type: 'text', value: ' and ' },
			{
				type: 'mdxJsxTextElement',
				name: 'ProcessLink',
				attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: '1.1.1.6' }],
				children: [
					{ type: 'text', value: 'the ' },
					{ type: 'emphasis', children: [{ type: 'text', value: 'desk' }] },
				],
			},
			{ type: 'text', value: '.' },
		]);
	});

	it('leave ordinary HTML alone', () => {
		const tree = parse('<div class="note">x</div>\n\nA <kbd>key</kbd>.\n');
		expect(tree.children[0]!.type).toBe('html');
		expect(JSON.stringify(tree)).not.toContain('mdxJsx');
	});

	it('fail with the line on a component (MDX only), an unclosed tag, a stray closing tag or an expression', () => {
		expect(() => parse('Text.\n\n<Diagram src="x.mmd" />\n')).toThrow(
			expect.objectContaining({
				line: 3,
				message: expect.stringMatching(/<Diagram> is a component.*Rename the chapter to \.mdx/),
			})
		);
		expect(() => parse('A <ProcessLink id="1.1.1.5">never closed.\n')).toThrow(
			expect.objectContaining({ line: 1, message: expect.stringMatching(/is never closed/) })
		);
		expect(() => parse('\n\nA </ProcessLink> alone.\n')).toThrow(
			expect.objectContaining({ line: 3, message: expect.stringMatching(/never opened/) })
		);
		expect(() => parse('<Process id={"1.1.1.5"} />\n')).toThrow(
			expect.objectContaining({ message: expect.stringMatching(/cannot read the tag/) })
		);
	});
});
