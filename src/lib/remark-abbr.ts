import { relative } from 'node:path';
import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { loadGlossary, termPattern } from './glossary.ts';
import { langOfDocPath } from './locales.ts';
import { docsDir } from './paths.ts';

/** Node types whose text is left alone: headings feed the table of contents, links have their own name. */
const skipped = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

/**
 * Marks the first use of each glossary term on a page as `<abbr title="expansion">`, so readers
 * (and assistive technology that reads titles) get the expansion where the acronym first appears.
 */
export function remarkAbbr() {
	return (tree: Root, file: VFile) => {
		const glossary = loadGlossary(langOfDocPath(file.path ? relative(docsDir(), file.path) : ''));
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
				if (match.index > last) pieces.push({ type: 'text', value: value.slice(last, match.index) });
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
