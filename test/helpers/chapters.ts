import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Chapter } from '../../src/lib/content/book.ts';
import { handbook } from './handbook.ts';

export interface Frontmatter {
	title?: string;
	objectives?: string[];
	takeaways?: string[];
	review?: { question?: string; answer?: string }[];
	exercises?: { title?: string; task?: string; answer?: string }[];
	instructor?: unknown;
}

export interface ChapterText extends Chapter {
	file: string;
	frontmatter: Frontmatter;
	/** The MDX body without frontmatter. */
	body: string;
}

/** Every chapter of the book's parts, with its frontmatter and body, in reading order. */
export function chapterSources(): ChapterText[] {
	return handbook.chapters.map((c) => {
		const source = handbook.source(c.slug)!;
		const text = readFileSync(join(handbook.data.paths.docsDir, source.file), 'utf8');
		const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
		return { ...c, file: source.file, frontmatter: source.data as Frontmatter, body };
	});
}
/** Reader-visible words of an MDX fragment: no imports, tags, link targets or Markdown markup. */
export function words(mdx: string): number {
	const text = mdx
		.replace(/^import .*$/gm, ' ')
		.replace(/<ProcessLink\s+id="[^"]*"\s*\/>/g, ' linked process ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.replace(/[#*_`>|[\]-]/g, ' ');
	return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** The text of each `<Process>` section: from its tag to the next tag or level-2 heading. */
export function sectionTexts(body: string): Map<string, string> {
	const result = new Map<string, string>();
	const tags = [...body.matchAll(/<Process\s+id="([^"]+)"[^>]*\/>/g)];
	tags.forEach((tag, i) => {
		const start = tag.index + tag[0].length;
		const nextTag = tags[i + 1]?.index ?? body.length;
		const heading = body.slice(start).search(/^## /m);
		const end = heading >= 0 ? Math.min(start + heading, nextTag) : nextTag;
		result.set(tag[1]!, body.slice(start, end));
	});
	return result;
}
