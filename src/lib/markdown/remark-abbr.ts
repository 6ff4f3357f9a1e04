import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { termPattern } from '../content/glossary.ts';
import type { Handbook } from '../content/model.ts';
import { langOfFile } from './file-lang.ts';

/** Node types whose text is left alone: headings feed the table of contents, links have their own name. */
const skipped = new Set([
	'heading',
	'link',
	'linkReference',
	'inlineCode',
	'code',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
]);

/**
 * Marks the first use of each glossary term on a page as `<abbr title="expansion">`, so readers
 * (and assistive technology that reads titles) get the expansion where the acronym first appears.
 */
export function remarkAbbr(options: { handbook: () => Handbook }) {
	return (tree: Root, file: VFile) => {
		const handbook = options.handbook();
		const glossary = handbook.glossary(langOfFile(handbook, file));
		const expansions = new Map(glossary.terms.map((t) => [t.term, t.expansion]));
		const pattern = termPattern(glossary);
		const done = new Set<string>();

		visit(tree, (node, index, parent) => {
			if (skipped.has(node.type)) return SKIP;
			if (node.type !== 'text' || !parent || index === undefined) return undefined;
			const { value } = node as Text;
			const pieces: PhrasingContent[] = [];
			let last = 0;
			for (const match of value.matchAll(pattern)) {
				const term = match[1]!;
				if (done.has(term)) continue;
				done.add(term);
				if (match.index > last)
					pieces.push({ type: 'text', value: value.slice(last, match.index) });
				pieces.push({
					type: 'emphasis',
					children: [{ type: 'text', value: term }],
					data: { hName: 'abbr', hProperties: { title: expansions.get(term) } },
				});
				last = match.index + term.length;
			}
			if (pieces.length === 0) return undefined;
			if (last < value.length) pieces.push({ type: 'text', value: value.slice(last) });
			parent.children.splice(index, 1, ...(pieces as never[]));
			return [SKIP, index + pieces.length];
		});
	};
}
