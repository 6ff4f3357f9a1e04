import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { handbookPaths } from '../content/paths.ts';
import { remarkSmartPunctuation } from './remark-smart-punctuation.ts';

/** Every chapter of every edition, as Astro parses it (MDX or Markdown, with GFM). */
function chapterTrees(): { file: string; tree: Root }[] {
	const { docsDir } = handbookPaths();
	const files = (readdirSync(docsDir, { recursive: true }) as string[]).filter((f) =>
		/\.mdx?$/.test(f)
	);
	return files.map((file) => {
		const parser = unified().use(remarkParse).use(remarkGfm);
		if (file.endsWith('.mdx')) parser.use(remarkMdx);
		return { file, tree: parser.parse(readFileSync(join(docsDir, file), 'utf8')) as Root };
	});
}

/** The tree after a transform, on a copy. */
const after = (transform: (tree: Root) => void, tree: Root) => {
	const copy = structuredClone(tree);
	transform(copy);
	return copy;
};

describe('remarkSmartPunctuation', () => {
	const theirs = (remarkSmartypants as unknown as () => (tree: Root) => void)();
	const ours = remarkSmartPunctuation();

	// remark-smartypants takes a few seconds over every chapter: the time this change saves.
	it('changes every chapter exactly as remark-smartypants does', { timeout: 60_000 }, () => {
		const trees = chapterTrees();
		expect(trees.length).toBeGreaterThan(100);
		for (const { file, tree } of trees)
			expect(JSON.stringify(after(ours, tree)), file).toBe(JSON.stringify(after(theirs, tree)));
	});

	it('curls quotes across inline nodes, and sets dashes and ellipses', () => {
		const parse = (md: string) => unified().use(remarkParse).parse(md) as Root;
		const text = (tree: Root) => JSON.stringify(tree.children);
		for (const md of [
			'"A *quoted* [link](/x)" -- it\'s done... or . . . not',
			"``Old style'' and a 'single' quote",
			'Nothing to change here: 1.2.3 and a - b.',
			'# "Heading"\n\n| "cell" | it\'s |\n| --- | --- |\n| `code "x"` | a -- b |',
		]) {
			const tree = parse(md);
			expect(text(after(ours, tree)), md).toBe(text(after(theirs, tree)));
		}
		expect(text(after(ours, parse('"A" -- b...')))).toContain('“A” — b…');
	});
});
