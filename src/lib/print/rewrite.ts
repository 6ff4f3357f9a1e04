import { createHash } from 'node:crypto';
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { addPageReferences, numberFiguresAndTables, type NumberingLabels } from './references.ts';
import { hyphenateTree } from './hyphenate.ts';
import { spellOutAbbreviations } from './spell-out.ts';

export interface ChapterLinks {
	/** The site's base path, ending in "/". */
	base: string;
	/** Id prefix of this chapter in the print book, e.g. "c3-". */
	prefix: string;
	/** Id prefix of each chapter in the book, by slug; links to other chapters become in-book links. */
	prefixOf: Map<string, string>;
	/** Section numbers of the chapter's level-2 headings, by their original id. */
	sectionNumbers: Map<string, string>;
	/** Levels to move every heading down, so that chapters nest under the book's part headings. */
	demote?: number;
	/** The print edition's numbered figures and tables and page references (not for a plain printout). */
	numbering?: NumberingLabels;
}

const referenceAttributes = ['ariaLabelledBy', 'ariaDescribedBy', 'htmlFor'] as const;

/**
 * Fits one chapter's HTML into the single-page print book:
 * - ids get the chapter's prefix, so that headings such as "What operators measure", present in
 *   several chapters, stay unique (SVG subtrees keep theirs: their CSS refers to them and they are
 *   unique already);
 * - links to other chapters of the book become links inside the book, so they work in the PDF;
 * - level-2 headings get their section number, the same one the contents shows, and every heading
 *   moves down `demote` levels (in the book, parts are h1 and chapters h2);
 * - each process section (a process heading and what follows it up to the next heading of the same
 *   level) is wrapped in <section class="process-section">, so that print CSS can keep it together;
 * - Starlight's heading anchor links go: on paper a heading needs no link to itself;
 * - with `numbering`, diagrams and captioned tables are numbered by chapter and every in-book link
 *   gets a page reference for the PDF export to fill (src/lib/print/references.ts).
 * - wording for paper: screen-only text (`<OnScreen>`, "hover over it") goes, paper-only text
 *   (`<OnPaper>`) stays without its wrapper, and each acronym is spelled out at its first use;
 * - running text gets soft hyphens for the page's language `lang` (src/lib/print/hyphenate.ts).
 */
export function rewriteChapterHtml(html: string, links: ChapterLinks, lang: string): string {
	const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
	unwrapHeadingLinks(tree);
	if (links.numbering) numberFiguresAndTables(tree, links.numbering);
	keepPaperWording(tree);

	visit(tree, 'element', (node: Element) => {
		if (node.tagName === 'svg') return SKIP;
		const p = node.properties;
		const level = headingLevel(node);
		if (typeof p.id === 'string') {
			const number = level === 2 ? links.sectionNumbers.get(p.id) : undefined;
			if (number)
				node.children.unshift(
					{
						type: 'element',
						tagName: 'span',
						properties: { className: ['section-number'] },
						children: [{ type: 'text', value: number }],
					},
					{ type: 'text', value: ' ' }
				);
			p.id = `${links.prefix}${p.id}`;
		}
		for (const attr of referenceAttributes) {
			const value = p[attr];
			if (Array.isArray(value)) p[attr] = value.map((v) => `${links.prefix}${v}`);
			else if (typeof value === 'string') p[attr] = [`${links.prefix}${value}`];
		}
		if (node.tagName === 'a' && typeof p.href === 'string') p.href = bookHref(p.href, links);
		if (level !== undefined && links.demote) node.tagName = `h${Math.min(6, level + links.demote)}`;
		return undefined;
	});

	if (links.numbering) addPageReferences(tree, links.numbering);
	wrapProcessSections(tree);
	spellOutAbbreviations(tree);
	hyphenateTree(tree, lang);
	return unified().use(rehypeStringify).stringify(tree);
}

/** Digests of the book's chapter prefixes: one map serves every chapter of a print page. */
const prefixDigests = new WeakMap<Map<string, string>, string>();

/** A digest of everything a chapter's rewrite depends on: equal inputs rewrite equally. */
function rewriteKey(html: string, links: ChapterLinks, lang: string): string {
	const { numbering, prefixOf } = links;
	let prefixes = prefixDigests.get(prefixOf);
	if (prefixes === undefined) {
		prefixes = createHash('sha256')
			.update(JSON.stringify([...prefixOf]))
			.digest('base64');
		prefixDigests.set(prefixOf, prefixes);
	}
	return createHash('sha256')
		.update(
			JSON.stringify([
				lang,
				links.base,
				links.prefix,
				prefixes,
				[...links.sectionNumbers],
				links.demote,
				numbering && [
					numbering.chapter,
					numbering.figure('#'),
					numbering.table('#'),
					numbering.pageColumn,
				],
			])
		)
		.update(html)
		.digest('base64');
}

/** Rewrites waiting for the other print edition of their language, by language and chapter. */
const pendingRewrites = new Map<string, { key: string; html: string }>();

/**
 * `rewriteChapterHtml`, done once for the two print editions of a language: they print the same
 * chapters with the same links (the instructor's notes and answers sit outside the chapter body), and
 * the rewrite, which parses and hyphenates a whole book, was half of their rendering time. The first
 * edition's rewrite of a chapter waits for the second, which takes it; so after both pages of a
 * language nothing is held, and at most one rewrite per chapter and language otherwise (the dev
 * server's one edition). A chapter edited in between has another key and is rewritten again.
 */
export function rewriteChapterHtmlOnce(html: string, links: ChapterLinks, lang: string): string {
	const key = rewriteKey(html, links, lang);
	const slot = `${lang} ${links.prefix}`;
	const pending = pendingRewrites.get(slot);
	if (pending?.key === key) {
		pendingRewrites.delete(slot);
		return pending.html;
	}
	const rewritten = rewriteChapterHtml(html, links, lang);
	pendingRewrites.set(slot, { key, html: rewritten });
	return rewritten;
}

/** Where a link of a chapter points in the print book. */
export function bookHref(href: string, links: ChapterLinks): string {
	if (href.startsWith('#')) return `#${links.prefix}${href.slice(1)}`;
	if (!href.startsWith(links.base)) return href;
	const url = new URL(href, 'http://book');
	const slug = url.pathname.slice(links.base.length).replace(/\/$/, '');
	if (slug === '') return '#cover';
	const prefix = links.prefixOf.get(slug);
	if (!prefix) return href;
	return `#${prefix}${url.hash ? url.hash.slice(1) : 'top'}`;
}

const hasClass = (node: RootContent, name: string): node is Element =>
	node.type === 'element' &&
	Array.isArray(node.properties.className) &&
	node.properties.className.includes(name);

/** Replaces each `<div class="sl-heading-wrapper">` (a heading and its anchor link) by the heading. */
function unwrapHeadingLinks(tree: Root): void {
	visit(tree, (node) => {
		if (!('children' in node)) return undefined;
		const children = node.children as RootContent[];
		for (let i = 0; i < children.length; i++) {
			const child = children[i]!;
			if (hasClass(child, 'sl-heading-wrapper'))
				children.splice(i, 1, ...child.children.filter((c) => !hasClass(c, 'sl-anchor-link')));
		}
		return undefined;
	});
}

/** Drops the text meant for screens only and unwraps the text meant for paper. */
function keepPaperWording(tree: Root): void {
	visit(tree, (node) => {
		if (!('children' in node)) return undefined;
		const children = node.children as RootContent[];
		for (let i = 0; i < children.length; i++) {
			const child = children[i]!;
			if (!hasClass(child, 'on-screen') && !hasClass(child, 'on-paper')) continue;
			children.splice(i--, 1, ...(hasClass(child, 'on-paper') ? child.children : []));
		}
		return undefined;
	});
}

const headingLevel = (node: RootContent): number | undefined =>
	node.type === 'element' && /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : undefined;

function wrapProcessSections(tree: Root): void {
	visit(tree, (node) => {
		if (node.type === 'element' && (node.tagName === 'svg' || hasClass(node, 'process-section')))
			return SKIP;
		if (!('children' in node)) return undefined;
		const children = node.children as RootContent[];
		for (let i = 0; i < children.length; i++) {
			const child = children[i]!;
			const level = headingLevel(child);
			if (level === undefined || !hasClass(child, 'process-heading')) continue;
			let end = i + 1;
			while (end < children.length) {
				const next = headingLevel(children[end]!);
				if (next !== undefined && next <= level) break;
				end++;
			}
			const section: Element = {
				type: 'element',
				tagName: 'section',
				properties: { className: ['process-section'] },
				children: children.slice(i, end) as Element[],
			};
			children.splice(i, end - i, section);
		}
		return undefined;
	});
}
