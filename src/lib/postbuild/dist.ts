import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * The built site as the post-build steps and the tests see it: one walker over `dist/` and one
 * HTML parser (rehype), so that every check reads pages the same way.
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
	const root = base.endsWith('/') ? base : `${base}/`;
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
