import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { langOfDocPath } from '../i18n/locales.ts';
import { HtmlTagError, jsxFromHtmlTags } from '../markdown/html-tags.ts';
import { captionPrefix } from '../markdown/table-caption.ts';
import type { ChapterCache } from './chapter-cache.ts';
import { displayPath } from './paths.ts';
import { slugOf, type Section } from './sections.ts';
import { readUtf8 } from './text-file.ts';
import { parseYamlSource, YamlSyntaxError } from './yaml-source.ts';

/** A chapter as the content model knows it: frontmatter (unvalidated: Astro validates it) and sections. */
export interface ChapterSource {
	/** Path relative to the docs folder, with `/` separators. */
	file: string;
	slug: string;
	lang: string;
	data: Record<string, unknown>;
	sections: Section[];
	/**
	 * The ids Astro gives the chapter's Markdown headings, in order (github-slugger over their text,
	 * as its rehypeHeadingIds does): a translation gives its headings the English ones, so anchors are
	 * the same in every edition.
	 */
	headingIds: string[];
	/** The ids of its captioned tables, in order (see src/lib/markdown/rehype-table-captions.ts). */
	tableIds: string[];
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export const isJsxElement = (node: Nodes): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A string attribute of a JSX tag; `undefined` when absent, `null` when it is an expression. */
export function jsxAttribute(node: JsxElement, name: string): string | undefined | null {
	const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
	if (!a) return undefined;
	return typeof a.value === 'string' ? a.value : null;
}

/**
 * The `<Process id="...">` tags of a parsed chapter. The content model and the remark plugin that
 * renders the tags both read them with this function, so a tag that renders is always indexed.
 */
function processTags(tree: Root): { id: string; line: number }[] {
	const tags: { id: string; line: number }[] = [];
	visit(tree, (node) => {
		if (!isJsxElement(node) || node.name !== 'Process') return;
		const id = jsxAttribute(node, 'id');
		if (typeof id === 'string') tags.push({ id, line: node.position?.start.line ?? 0 });
	});
	return tags;
}

/** The ids of a parsed chapter's Markdown headings, as Astro will give them. */
export function headingIds(tree: Root): string[] {
	const slugger = new GithubSlugger();
	const ids: string[] = [];
	visit(tree, 'heading', (heading) => {
		ids.push(slugger.slug(toString(heading)));
	});
	return ids;
}

/**
 * The ids rehype-table-captions gives a parsed chapter's captioned tables: a "Table: " paragraph
 * right after a table names it `table-<caption words>`. A translation's tables take the English ids.
 */
export function tableIds(tree: Root): string[] {
	const slugger = new GithubSlugger();
	const ids: string[] = [];
	visit(tree, 'paragraph', (paragraph, index, parent) => {
		const text = toString(paragraph);
		if (!text.startsWith(captionPrefix) || index === undefined || !parent) return;
		// The content model parses without GFM: a table is a paragraph of `|` rows here.
		const before = parent.children[index - 1];
		if (before?.type === 'table' || (before?.type === 'paragraph' && toString(before).startsWith('|')))
			ids.push(`table-${slugger.slug(text.slice(captionPrefix.length))}`);
	});
	return ids;
}

/** Every .md/.mdx file under `dir`, as paths relative to it, in a stable order. */
export function listDocs(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.mdx?$/.test(f) && !f.split(sep).some((part) => part.startsWith('_')))
		.map((f) => f.split(sep).join('/'))
		.sort();
}

const frontmatterBlock = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const mdxParser = unified().use(remarkParse).use(remarkMdx);
const markdownParser = unified().use(remarkParse);

/**
 * Reads one chapter: its frontmatter, and its `<Process>` sections from an MDX parse of the body
 * (the same parser Astro's MDX uses). The frontmatter is blanked, not cut, so lines stay right.
 * Fails, naming the file and line, on text that is not UTF-8, frontmatter that is not YAML, a
 * chapter without text or without a title, and an MDX syntax error. With a `cache`, a chapter whose
 * text was parsed before is not parsed again.
 */
export function readChapter(docsDir: string, file: string, cache?: ChapterCache): ChapterSource {
	const path = join(docsDir, file);
	const shown = displayPath(path);
	const text = readUtf8(path);
	const cached = cache?.get(file, text);
	if (cached) return cached;
	const match = frontmatterBlock.exec(text);
	const frontmatterLines = match ? match[0].split('\n').length - 1 : 0;
	let data: Record<string, unknown> = {};
	let lineOf: (key: string) => number = () => 1;
	try {
		const source = parseYamlSource(match?.[1] ?? '');
		data = (source.data ?? {}) as Record<string, unknown>;
		// The frontmatter's first line is the file's second, after the opening ---.
		lineOf = (key) => (source.lineOf([key]) ?? 0) + 1;
	} catch (cause) {
		if (!(cause instanceof YamlSyntaxError)) throw cause;
		throw new Error(`${shown}:${cause.line + 1}:${cause.column}: the frontmatter is not valid YAML (${cause.reason}). Fix the YAML between the --- lines.`, { cause });
	}
	const body = '\n'.repeat(frontmatterLines) + text.slice(match?.[0].length ?? 0);
	if (body.trim() === '') {
		throw new Error(`${shown}:${frontmatterLines + 1}: the chapter is empty. Write its text below the frontmatter (a chapter needs both), or delete the file.`);
	}
	const title = data.title;
	if (title === undefined || title === null || (typeof title === 'string' && title.trim() === '')) {
		throw new Error(`${shown}:${title === undefined ? 1 : lineOf('title')}: the chapter has no title. Give it one in its frontmatter, between --- lines at the top of the file:\n---\ntitle: <the chapter's title>\n---`);
	}
	let tree: Root;
	try {
		if (file.endsWith('.mdx')) tree = mdxParser.parse(body) as Root;
		else {
			// Plain Markdown: its catalog tags are HTML to CommonMark (src/lib/markdown/html-tags.ts).
			tree = markdownParser.parse(body) as Root;
			jsxFromHtmlTags(tree);
		}
	} catch (cause) {
		if (cause instanceof HtmlTagError) throw new Error(`${shown}${cause.line ? `:${cause.line}` : ''}: ${cause.message}`, { cause });
		// Most MDX errors carry their place; an unclosed tag only names it in the message: "(7:1-7:23)".
		const inMessage = /\s*\((\d+):(\d+)-\d+:\d+\)/.exec((cause as Error).message);
		const { line = Number(inMessage?.[1]) || undefined, column = Number(inMessage?.[2]) || undefined } = cause as { line?: number; column?: number };
		const reason = (cause as Error).message.replace(inMessage?.[0] ?? '', '');
		throw new Error(`${shown}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: MDX syntax error: ${reason}${reason.endsWith('.') ? '' : '.'} Fix the MDX there: close every tag and brace, and write a literal < or { as &lt; or \\{.`, { cause });
	}
	const slug = slugOf(file);
	const sections = processTags(tree).map((t) => ({ id: t.id, slug, file, line: t.line }));
	const chapter = { file, slug, lang: langOfDocPath(file), data, sections, headingIds: headingIds(tree), tableIds: tableIds(tree) };
	cache?.set(file, text, chapter);
	return chapter;
}
