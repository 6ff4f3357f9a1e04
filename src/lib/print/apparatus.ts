import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { termAnchor } from '../content/glossary.ts';

/** One heading of the back-of-book index and the book ids (destinations) it points to. */
export interface IndexEntry {
	term: string;
	targets: string[];
	/** Process ids are listed apart, in id order, before the letters. */
	isProcessId?: boolean;
}

/** A glossary term: its index heading and its entry in the glossary appendix, if the book has one. */
export interface IndexedTerm {
	term: string;
	heading: string;
	target: string | undefined;
}

export interface ApparatusLabels {
	figures: string;
	figuresList: string;
	tablesList: string;
	index: string;
	indexIntro: string;
	indexIds: string;
}

export interface ApparatusInput {
	entries: IndexEntry[];
	glossary: IndexedTerm[];
	labels: ApparatusLabels;
}

const toString = (node: Root | RootContent): string =>
	node.type === 'text'
		? node.value
		: 'children' in node
			? node.children.map(toString).join('')
			: '';

const classes = (node: Element): string[] =>
	Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];

/** The element that print.astro leaves for a generated part of the book (`data-apparatus`). */
const placeholder = (name: string) => (node: RootContent) =>
	node.type === 'element' && node.properties.dataApparatus === name;

const idOrder = (a: string, b: string) => {
	const x = a.split('.').map(Number);
	const y = b.split('.').map(Number);
	for (let i = 0; i < Math.max(x.length, y.length); i++)
		if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
	return 0;
};

const pageLink = (target: string, className: string) =>
	h('a', { href: `#${target}`, className: [className], dataTarget: target });

/**
 * The print book's apparatus, made once the whole book is rendered (the chapters are numbered by
 * src/lib/print/references.ts):
 * - references to a numbered figure or table carry its number (`data-label`), so they print
 *   "(Figure 6.1, p. 62)";
 * - the list of figures and tables, after the contents;
 * - the back-of-book index: glossary terms (their entry and their first use in each chapter),
 *   process names and ids, and the key concepts, each with links whose page numbers the PDF
 *   export fills in. An entry that points to no id of the book fails the build, naming it.
 */
export function addBookApparatus(html: string, input: ApparatusInput): string {
	const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
	const uses = firstUses(tree, input.glossary);
	const order = new Map<string, number>();
	const numbered: { id: string; label: string; caption: string; isFigure: boolean }[] = [];
	const refs: Element[] = [];
	visit(tree, 'element', (node: Element) => {
		if (node.tagName === 'svg') return SKIP;
		if (typeof node.properties.id === 'string') order.set(node.properties.id, order.size);
		const label = node.properties.dataLabel;
		if (typeof label === 'string' && typeof node.properties.id === 'string') {
			const isFigure = node.tagName === 'figure';
			const caption = node.children.find(
				(c): c is Element =>
					c.type === 'element' && c.tagName === (isFigure ? 'figcaption' : 'caption')
			);
			const text = caption
				? caption.children.filter(
						(c) => !(c.type === 'element' && classes(c).includes('caption-number'))
					)
				: [];
			numbered.push({
				id: node.properties.id,
				label,
				caption: text
					.map((c) => toString(c as Element))
					.join('')
					.trim(),
				isFigure,
			});
		}
		if (classes(node).includes('page-ref') && !classes(node).includes('page-ref--bare'))
			refs.push(node);
		return undefined;
	});
	const labelOf = new Map(numbered.map((n) => [n.id, n.label]));
	for (const ref of refs) {
		const label = labelOf.get(String(ref.properties.dataTarget));
		if (label) ref.properties.dataLabel = label;
	}

	const entries: IndexEntry[] = [
		...input.entries,
		...input.glossary.map((g) => ({
			term: g.heading,
			targets: [...(g.target ? [g.target] : []), ...(uses.get(g.term) ?? [])],
		})),
	].filter((e) => e.targets.length > 0);
	const missing = entries.flatMap((e) =>
		e.targets.filter((t) => !order.has(t)).map((t) => `"${e.term}" -> #${t}`)
	);
	if (missing.length > 0)
		throw new Error(
			`The print book's index points to ${missing.length} place(s) that are not in the book: ${missing.slice(0, 10).join(', ')}. Fix the heading anchor in content/catalog/concepts.yaml (or the section the entry names).`
		);

	replace(tree, 'figures', figureList(numbered, input.labels));
	replace(tree, 'index', bookIndex(entries, order, input.labels));
	return unified().use(rehypeStringify).stringify(tree);
}

/** The first use of each glossary term in each chapter (its first `<abbr>`), given an id. */
function firstUses(tree: Root, glossary: IndexedTerm[]): Map<string, string[]> {
	const terms = new Map(glossary.map((g) => [g.term, g.term]));
	for (const g of glossary) terms.set(`${g.term}s`, g.term);
	const uses = new Map<string, string[]>();
	visit(tree, 'element', (article: Element) => {
		if (article.tagName !== 'article' || !classes(article).includes('chapter')) return undefined;
		let prefix = '';
		const seen = new Set<string>();
		visit(article, 'element', (node: Element) => {
			if (node.tagName === 'svg' || classes(node).includes('glossary')) return SKIP;
			if (classes(node).includes('chapter__title') && typeof node.properties.id === 'string')
				prefix = node.properties.id.replace(/top$/, '');
			if (node.tagName !== 'abbr') return undefined;
			const term = terms.get(toString(node).trim());
			if (!term || seen.has(term)) return undefined;
			seen.add(term);
			const id =
				typeof node.properties.id === 'string'
					? node.properties.id
					: `${prefix}use-${termAnchor(term)}`;
			node.properties.id = id;
			uses.set(term, [...(uses.get(term) ?? []), id]);
			return undefined;
		});
		return SKIP;
	});
	return uses;
}

function replace(tree: Root, name: string, node: Element): void {
	let done = false;
	visit(tree, (parent) => {
		if (done || !('children' in parent)) return undefined;
		const i = (parent.children as RootContent[]).findIndex(placeholder(name));
		if (i < 0) return undefined;
		(parent.children as RootContent[]).splice(i, 1, node);
		done = true;
		return SKIP;
	});
	if (!done)
		throw new Error(`The print page has no <div data-apparatus="${name}"> for its ${name}.`);
}

function figureList(
	numbered: { id: string; label: string; caption: string; isFigure: boolean }[],
	labels: ApparatusLabels
): Element {
	const list = (isFigure: boolean, title: string): ElementContent[] => {
		const items = numbered.filter((n) => n.isFigure === isFigure);
		if (items.length === 0) return [];
		return [
			h('h2', { className: ['book-figures__kind'] }, title),
			h(
				'ol',
				items.map((n) =>
					h('li', [
						h('a', { href: `#${n.id}`, className: ['toc__entry', 'toc__entry--figure'] }, [
							h('span', { className: ['toc__number', 'book-figures__number'] }, n.label),
							h('span', { className: ['toc__text'] }, n.caption),
							h('span', { className: ['toc__leader'] }),
							h('span', { className: ['toc__page'], dataTarget: n.id }),
						]),
					])
				)
			),
		];
	};
	return h(
		'nav',
		{ className: ['toc', 'book-figures'], id: 'figures', ariaLabelledBy: ['figures-title'] },
		[
			h('h1', { id: 'figures-title' }, labels.figures),
			...list(true, labels.figuresList),
			...list(false, labels.tablesList),
		]
	);
}

function bookIndex(
	entries: IndexEntry[],
	order: Map<string, number>,
	labels: ApparatusLabels
): Element {
	const groups = new Map<string, IndexEntry[]>();
	const ids = entries
		.filter((e) => e.isProcessId)
		.sort((a, b) => idOrder(a.term.split(' ')[0]!, b.term.split(' ')[0]!));
	if (ids.length > 0) groups.set(labels.indexIds, ids);
	const words = entries
		.filter((e) => !e.isProcessId)
		.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
	for (const e of words) {
		const letter = e.term[0]!.toLocaleUpperCase('en');
		groups.set(letter, [...(groups.get(letter) ?? []), e]);
	}
	return h('section', { className: ['book-index'], id: 'index', ariaLabelledBy: ['index-title'] }, [
		h('h1', { id: 'index-title', className: ['book-index__title'] }, labels.index),
		h('p', { className: ['book-index__intro'] }, labels.indexIntro),
		h(
			'div',
			{ className: ['book-index__columns'] },
			[...groups].map(([title, list]) =>
				h('section', { className: ['book-index__group'] }, [
					h('h2', { className: ['book-index__letter'] }, title),
					h(
						'ul',
						list.map((e) =>
							h('li', { className: ['book-index__entry'] }, [
								h('span', { className: ['book-index__term'] }, e.term),
								' ',
								h(
									'span',
									{ className: ['book-index__pages'] },
									[...new Set(e.targets)]
										.sort((a, b) => order.get(a)! - order.get(b)!)
										.map((t) => pageLink(t, 'book-index__page'))
								),
							])
						)
					),
				])
			)
		),
	]);
}
