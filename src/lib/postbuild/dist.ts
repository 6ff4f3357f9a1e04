import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { Parser } from 'htmlparser2';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { siteRoot } from '../base-path.ts';

/**
 * The built site as the post-build steps and the tests see it: one walker over `dist/`, one HTML
 * parser that builds trees (rehype), and one streaming reader (`scanPage`) for the checks that read
 * every page of the site.
 */

/** Every file under `dir` with one of the extensions (all files when none), as `/`-separated relative paths, sorted. */
export function distFiles(dir: string, ...extensions: string[]): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter(
			(e) =>
				e.isFile() && (extensions.length === 0 || extensions.some((ext) => e.name.endsWith(ext)))
		)
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

/** A built HTML page: its file under dist/ and the URL path a static host serves it at. */
export interface DistPage {
	file: string;
	url: string;
}

/** URL path of a built HTML file under the base path: `operations/crm/index.html` -> `/base/operations/crm/`. */
export function pageUrl(file: string, base = '/'): string {
	const root = siteRoot(base);
	return `${root}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every HTML page of a build. */
export const distPages = (dir: string, base = '/'): DistPage[] =>
	distFiles(dir, '.html').map((file) => ({ file, url: pageUrl(file, base) }));

const parser = unified().use(rehypeParse);

/** Parses an HTML document. */
export const parseHtml = (html: string): Root => parser.parse(html);

/** Reads and parses a page of a build. */
export const readPage = (dir: string, file: string): Root =>
	parseHtml(readFileSync(join(dir, file), 'utf8'));

/** Every element of a tree that passes the test, in document order. */
export function elements(tree: Root, test: (el: Element) => boolean = () => true): Element[] {
	const found: Element[] = [];
	visit(tree, 'element', (el) => {
		if (test(el)) found.push(el);
	});
	return found;
}

/** A string attribute of an element (hast keeps `class` as `className` arrays; others are strings). */
export function attr(el: Element, name: string): string | undefined {
	const value = el.properties[name];
	if (value === undefined || value === null || value === false) return undefined;
	return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The text of an element and its descendants, as the DOM's textContent gives it. */
export function textContent(node: Element | Root): string {
	return node.children
		.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textContent(c) : ''))
		.join('');
}

/** An element of a page as `scanPage` reads it. */
export interface PageElement {
	tagName: string;
	/** Attributes as written (names in lower case), values decoded. */
	attributes: Record<string, string>;
	/** Whether it is inside an `<svg>` (SVG attribute names and foreign-content parsing apply). */
	inSvg: boolean;
	/** The text of a `<script>` or `<style>`, as a browser hashes it; empty for other elements. */
	text: string;
}

/**
 * Every element of a page, in document order, read with htmlparser2's streaming tokenizer: the
 * post-build checks read every page of the site, and a rehype tree costs about ten times as much
 * (for a thousand pages, 8 to 10 s instead of under 1 s). Like a browser, it decodes entities in
 * the text of a `<style>` inside SVG (foreign content) and keeps it raw elsewhere.
 */
export function scanPage(html: string): PageElement[] {
	const found: PageElement[] = [];
	const open: PageElement[] = [];
	let svgDepth = 0;
	const parser = new Parser({
		onopentag(name, attributes) {
			if (name === 'svg') svgDepth++;
			const el = { tagName: name, attributes, inSvg: svgDepth > 0, text: '' };
			found.push(el);
			open.push(el);
		},
		ontext(text) {
			const el = open.at(-1);
			if (el && (el.tagName === 'script' || el.tagName === 'style')) el.text += text;
		},
		onclosetag(name) {
			if (name === 'svg') svgDepth--;
			open.pop();
		},
	});
	parser.end(html);
	return found;
}
