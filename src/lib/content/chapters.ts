import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { langOfDocPath } from '../i18n/locales.ts';
import { displayPath } from './paths.ts';
import { slugOf, type Section } from './sections.ts';

/** A chapter as the content model knows it: frontmatter (unvalidated: Astro validates it) and sections. */
export interface ChapterSource {
	/** Path relative to the docs folder, with `/` separators. */
	file: string;
	slug: string;
	lang: string;
	data: Record<string, unknown>;
	sections: Section[];
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

/** Every .md/.mdx file under `dir`, as paths relative to it, in a stable order. */
export function listDocs(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.mdx?$/.test(f) && !f.split(sep).some((part) => part.startsWith('_')))
		.map((f) => f.split(sep).join('/'))
		.sort();
}




const frontmatterBlock = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const mdxParser = unified().use(remarkParse).use(remarkMdx);

/**
 * Reads one chapter: its frontmatter, and its `<Process>` sections from an MDX parse of the body
 * (the same parser Astro's MDX uses). The frontmatter is blanked, not cut, so lines stay right.
 */
export function readChapter(docsDir: string, file: string): ChapterSource {
	const path = join(docsDir, file);
	const text = readFileSync(path, 'utf8');
	const match = frontmatterBlock.exec(text);
	let data: Record<string, unknown> = {};
	try {
		data = (parseYaml(match?.[1] ?? '') ?? {}) as Record<string, unknown>;
	} catch (cause) {
		const line = (cause as { linePos?: { line: number }[] }).linePos?.[0]?.line;
		throw new Error(`${displayPath(path)}${line ? `:${line + 1}` : ''}: the frontmatter is not valid YAML (${(cause as Error).message.split('\n')[0]}). Fix the YAML between the --- lines.`, { cause });
	}
	const body = match ? '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length) : text;
	let tree: Root;
	try {
		tree = mdxParser.parse(file.endsWith('.mdx') ? body : '') as Root;
	} catch (cause) {
		const { line, column } = (cause as { line?: number; column?: number }) ?? {};
		throw new Error(`${displayPath(path)}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: MDX syntax error: ${(cause as Error).message}`, { cause });
	}
	const slug = slugOf(file);
	const sections = processTags(tree).map((t) => ({ id: t.id, slug, file, line: t.line }));
	return { file, slug, lang: langOfDocPath(file), data, sections };
}
