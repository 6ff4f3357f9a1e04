import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';

import { captionPrefix } from './table-caption.ts';

export interface TableCaptionOptions {
	/**
	 * The ids to give a chapter's captioned tables, in order, when they are not its own: a
	 * translation's tables take the English chapter's ids, so a link to a table works in every edition.
	 */
	idsFor?: (file: VFile) => string[] | undefined;
}

const isBlank = (node: RootContent | ElementContent) =>
	node.type === 'text' && node.value.trim() === '';

const firstText = (node: Element) => {
	const first = node.children[0];
	return first?.type === 'text' ? first : undefined;
};

const textOf = (node: ElementContent): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/**
 * Gives Markdown tables a caption: a paragraph that starts with "Table: " right after a table
 * becomes that table's `<caption>`, and the table gets an id from the caption (`#table-<words>`)
 * for references in the text. Markdown has no syntax for captions, and a paragraph keeps the
 * source readable. A "Table: " paragraph that follows no table fails the build with its line.
 */
export function rehypeTableCaptions(options: TableCaptionOptions = {}) {
	return (tree: Root, file: VFile) => {
		const slugger = new GithubSlugger();
		const given = options.idsFor?.(file);
		let captioned = 0;
		const walk = (parent: Root | Element) => {
			const children = parent.children as (RootContent | ElementContent)[];
			for (let i = 0; i < children.length; i++) {
				const node = children[i]!;
				if (node.type !== 'element') continue;
				const lead = node.tagName === 'p' ? firstText(node) : undefined;
				if (lead?.value.startsWith(captionPrefix)) {
					let before = i - 1;
					while (before >= 0 && isBlank(children[before]!)) before--;
					const table = children[before];
					if (table?.type !== 'element' || table.tagName !== 'table') {
						const line = node.position?.start.line;
						throw new Error(
							`${file.path}${line ? `:${line}` : ''}: a "${captionPrefix.trim()}" paragraph must follow a table directly (it becomes the table's caption). Put it right after the table's last row, or remove the prefix.`
						);
					}
					lead.value = lead.value.slice(captionPrefix.length);
					table.children.unshift({
						type: 'element',
						tagName: 'caption',
						properties: {},
						children: node.children,
					});
					const own = `table-${slugger.slug(textOf(node))}`;
					table.properties.id ??= given?.[captioned] ?? own;
					captioned++;
					children.splice(i, 1);
					i--;
					continue;
				}
				walk(node);
			}
		};
		walk(tree);
	};
}
