import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** The print edition's words for numbered figures and tables and the process index's page column. */
export interface NumberingLabels {
	/** The chapter's number ("6", or "B" for an appendix): figures are numbered 6.1, 6.2, ... */
	chapter: string;
	/** "Figure 6.1" for a number. */
	figure: (number: string) => string;
	/** "Table 6.1" for a number. */
	table: (number: string) => string;
	/** Heading of the process index's page column. */
	pageColumn: string;
}

const classes = (node: Element): string[] =>
	Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];

const element = (
	tagName: string,
	properties: Element['properties'],
	children: ElementContent[] = []
): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});

/** Prefixes a caption with its number, e.g. "Figure 6.1 ", in a span of its own for print CSS. */
const prefixCaption = (caption: Element, label: string) =>
	caption.children.unshift(
		element('span', { className: ['caption-number'] }, [{ type: 'text', value: label }]),
		{
			type: 'text',
			value: ' ',
		}
	);

/**
 * Numbers a chapter's diagrams and captioned tables in reading order, "Figure 6.1" and "Table 6.1":
 * the number goes in front of the caption and into `data-label`, which the list of figures and the
 * references to the item read. Each item keeps or gets an id (`figure-2`, `table-1`), so the book
 * can link to it and measure its page. A table inside a figure (a matrix printed as a table)
 * counts as that figure.
 */
export function numberFiguresAndTables(tree: Root, labels: NumberingLabels): void {
	let figures = 0;
	let tables = 0;
	visit(tree, 'element', (node: Element) => {
		if (node.tagName === 'svg') return SKIP;
		const isFigure = node.tagName === 'figure' && classes(node).includes('diagram');
		const caption = node.children.find(
			(c): c is Element =>
				c.type === 'element' && c.tagName === (isFigure ? 'figcaption' : 'caption')
		);
		if (!caption || !(isFigure || node.tagName === 'table')) return undefined;
		const number = `${labels.chapter}.${isFigure ? ++figures : ++tables}`;
		const label = isFigure ? labels.figure(number) : labels.table(number);
		prefixCaption(caption, label);
		node.properties.dataLabel = label;
		node.properties.id ??= isFigure ? `figure-${figures}` : `table-${tables}`;
		return isFigure ? SKIP : undefined;
	});
}

const inside = (ancestors: Element[], test: (e: Element) => boolean) => ancestors.some(test);

/**
 * Links that are not cross-references on paper: a footnote mark, the dagger that marks an inferred
 * id (it leads to the same appendix everywhere), and links in a heading, a figure, a matrix or the
 * process index (which gets a page column instead).
 */
const notAReference = (node: Element, ancestors: Element[]) =>
	classes(node).includes('id-marker') ||
	'dataFootnoteRef' in node.properties ||
	'dataFootnoteBackref' in node.properties ||
	inside(
		ancestors,
		(e) =>
			/^h[1-6]$/.test(e.tagName) ||
			e.tagName === 'figure' ||
			classes(e).includes('process-index') ||
			classes(e).includes('process-matrix')
	);

/** An empty span that the PDF export fills with the page (and number) of `target`. */
export const pageRefSpan = (target: string, bare = false): Element =>
	element('span', {
		className: bare ? ['page-ref', 'page-ref--bare'] : ['page-ref'],
		dataTarget: target,
	});

/**
 * Adds the print edition's page references to a chapter whose links already point inside the book:
 * after each in-book link an empty `<span class="page-ref" data-target="...">` that the PDF export
 * fills with " (p. 62)"; the process index gets a page column of its own instead.
 */
export function addPageReferences(tree: Root, labels: NumberingLabels): void {
	const walk = (parent: Root | Element, ancestors: Element[]) => {
		for (let i = 0; i < parent.children.length; i++) {
			const node = parent.children[i]!;
			if (node.type !== 'element' || node.tagName === 'svg') continue;
			if (node.tagName === 'table' && classes(node).includes('process-index'))
				addPageColumn(node, labels);
			const href = node.properties.href;
			if (
				node.tagName === 'a' &&
				typeof href === 'string' &&
				href.startsWith('#') &&
				!notAReference(node, ancestors)
			) {
				parent.children.splice(i + 1, 0, pageRefSpan(decodeURIComponent(href.slice(1))));
				i++;
				continue;
			}
			walk(node, [...ancestors, node]);
		}
	};
	walk(tree, []);
}

/** The process index's page column: each row's page is its name link's target. */
function addPageColumn(table: Element, labels: NumberingLabels): void {
	visit(table, 'element', (row: Element) => {
		if (row.tagName !== 'tr') return undefined;
		const inHead = row.children.every((c) => c.type !== 'element' || c.tagName === 'th');
		let target: string | undefined;
		visit(row, 'element', (a: Element) => {
			if (
				a.tagName === 'a' &&
				typeof a.properties.href === 'string' &&
				a.properties.href.startsWith('#')
			)
				target ??= decodeURIComponent(a.properties.href.slice(1));
		});
		row.children.push(
			inHead && !target
				? element('th', { scope: 'col' }, [{ type: 'text', value: labels.pageColumn }])
				: element(
						'td',
						{ className: ['process-index__page'] },
						target ? [pageRefSpan(target, true)] : []
					)
		);
		return SKIP;
	});
}
