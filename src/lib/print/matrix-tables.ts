import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** The slot of ChapterBody that carries an area's matrix table, e.g. `matrix-1-1`. */
export const matrixSlot = (area: string) => `matrix-${area.replaceAll('.', '-')}`;

const parse = (html: string) => unified().use(rehypeParse, { fragment: true }).parse(html) as Root;

/**
 * Replaces the drawing of each matrix diagram in a chapter by the matrix as a table (the HTML of
 * ProcessMatrix, by diagram name), keeping the figure and its caption. A matrix drawn to fit the
 * page width prints its labels at about 3.5 pt; the table prints at the book's table size.
 * The table's scroll region (role, label, tabindex) goes: on paper there is nothing to scroll, and
 * the book already holds each area's matrix as a labelled region in its own chapter.
 */
export function matrixFiguresAsTables(html: string, tables: Map<string, string>): string {
	if (![...tables.keys()].some((name) => html.includes(`data-diagram="${name}"`))) return html;
	const tree = parse(html);
	visit(tree, 'element', (node: Element) => {
		const name = node.properties.dataDiagram;
		if (node.tagName !== 'figure' || typeof name !== 'string') return undefined;
		const table = tables.get(name);
		if (table === undefined) return SKIP;
		const matrix = parse(table).children.filter((c): c is Element => c.type === 'element');
		for (const div of matrix) {
			delete div.properties.role;
			delete div.properties.ariaLabel;
			delete div.properties.tabIndex;
		}
		const caption = node.children.filter((c) => c.type === 'element' && c.tagName === 'figcaption');
		node.properties.className = ['diagram', 'diagram--table'];
		node.children = [...matrix, ...caption];
		return SKIP;
	});
	return unified().use(rehypeStringify).stringify(tree);
}
