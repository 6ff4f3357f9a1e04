import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { HtmlTagError, jsxFromHtmlTags } from './html-tags.ts';
import { ChapterError } from './remark-process.ts';

/**
 * Readies a plain Markdown chapter (.md) for the handbook's other plugins; MDX chapters need none of
 * this. Astro hands the processor a .md chapter's text without its frontmatter, so positions count
 * from the first line after it: they are moved to the file's own lines, which every error message
 * names. Then its catalog tags become JSX nodes (see html-tags.ts).
 */
export function remarkHtmlTags() {
	return (tree: Root, file: VFile) => {
		if (!file.path?.endsWith('.md')) return;
		const body = String(file.value);
		const text = readFileSync(file.path, 'utf8');
		const at = text.lastIndexOf(body);
		const offset = at > 0 ? text.slice(0, at).split('\n').length - 1 : 0;
		if (offset > 0)
			visit(tree, (node) => {
				if (!node.position) return;
				node.position.start.line += offset;
				node.position.end.line += offset;
			});
		try {
			jsxFromHtmlTags(tree);
		} catch (error) {
			if (!(error instanceof HtmlTagError)) throw error;
			const place = error.line ? { start: { line: error.line, column: 1 } } : undefined;
			throw new ChapterError(
				file,
				{ type: 'html', value: '', position: place } as never,
				error.message
			);
		}
	};
}
