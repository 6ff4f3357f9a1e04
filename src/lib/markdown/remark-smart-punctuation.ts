import type { Node, Parent, Root } from 'mdast';
import { retext } from 'retext';
import smartypants, { type Options } from 'retext-smartypants';
import { visit } from 'unist-util-visit';

// Astro's SmartyPants step (remark-smartypants 3, the same algorithm and the same retext-smartypants
// rules), without its cost: it ran retext, a natural-language parser, over every text node of every
// chapter, 3.4 s of a build of the handbook's chapters and 2.5 s of a thousand short pages, while
// most text nodes hold nothing it changes. A text is handed to retext only when it holds a character
// sequence that a rule acts on; the output is the same, character for character
// (remark-smart-punctuation.test.ts compares the two on every chapter).

const visitedNodes = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const ignoredHtmlElements = new Set(['style', 'script']);
/**
 * Nodes whose text starts afresh: a quote at their start always opens, so they add a space to the
 * joined text. Inline parents (emphasis, links) add nothing: quotes pair across them.
 */
const blockNodes = new Set(['paragraph', 'heading', 'tableCell']);

type Literal = Node & { value: string };
const isLiteral = (node: Node): node is Literal =>
	'value' in node && typeof (node as Literal).value === 'string';

/** Quotes are the only thing the first pass changes. */
const hasQuotes = /["']/;
/**
 * What the second pass changes: `--` (dash), ``` `` ``` and `''` (double quotes), and three or more
 * dots, together (`...`) or spaced (`. . .`, which needs a dot, white space and a dot).
 */
const hasDashesEllipsesOrBackticks = /--|``|''|\.\.\.|\.\s+\./;

export function remarkSmartPunctuation(options: Options = {}) {
	// Quotes first, over the whole text, so that a pair around a link or emphasis matches; the other
	// rules change the text's length, so they run per node afterwards.
	const quotes = retext().use(smartypants, {
		...options,
		ellipses: false,
		dashes: false,
		backticks: false,
	});
	const rest = retext().use(smartypants, { ...options, quotes: false });
	return (tree: Root) => {
		let text = '';
		const nodes: Node[] = [];
		visit(tree, (node, _index, parent: Parent | undefined) => {
			if (
				!parent ||
				(parent.type === 'mdxJsxTextElement' &&
					!(
						'name' in parent &&
						typeof parent.name === 'string' &&
						!ignoredHtmlElements.has(parent.name)
					)) ||
				!visitedNodes.has(node.type)
			)
				return;
			if (isLiteral(node))
				text += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
			else if (blockNodes.has(node.type)) text += ' ';
			else return;
			nodes.push(node);
		});
		if (hasQuotes.test(text)) text = quotes.processSync(text).toString();
		let start = 0;
		for (const node of nodes) {
			if (!isLiteral(node)) {
				start += 1;
				continue;
			}
			const end = start + node.value.length;
			if (node.type === 'text') {
				const value = text.slice(start, end);
				node.value = hasDashesEllipsesOrBackticks.test(value)
					? rest.processSync(value).toString()
					: value;
			}
			start = end;
		}
	};
}
