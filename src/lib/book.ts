import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { docsDir } from './paths.ts';
import { listDocs, slugOf } from './sections.ts';
import { label } from './site-strings.ts';

/** The parts of the book, in reading order: a folder under content/docs and a UI string each. */
export const parts = ['introduction', 'operations', 'sip', 'enterprise', 'appendices'] as const;

export interface Chapter {
	part: (typeof parts)[number];
	slug: string;
	order: number;
	title: string;
}

/** The `sidebar.order` and title of a chapter, read from its frontmatter. */
function readChapter(dir: string, part: Chapter['part'], file: string): Chapter {
	const text = readFileSync(join(dir, file), 'utf8');
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
	const data = (parseYaml(frontmatter) ?? {}) as { title?: string; sidebar?: { order?: number } };
	return { part, slug: slugOf(file), order: data.sidebar?.order ?? Number.MAX_SAFE_INTEGER, title: data.title ?? file };
}

/** The chapters of the book in reading order: by part, then `sidebar.order`, then title. */
export function chapters(dir: string = docsDir()): Chapter[] {
	const docs = listDocs(dir);
	return parts.flatMap((part) =>
		docs
			.filter((f) => f.startsWith(`${part}/`))
			.map((f) => readChapter(dir, part, f))
			.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
	);
}

/**
 * Starlight's sidebar, one group per part. Starlight's `autogenerate` cannot be used: it finds a
 * chapter's folder from its path under src/content/docs, and the chapters live in content/docs.
 * Entries are `slug` links, so Starlight still takes their labels from the chapters and localises
 * them.
 */
export function sidebar(dir: string = docsDir()) {
	const all = chapters(dir);
	return parts
		.map((part) => ({
			...label(`etom.part.${part}`),
			items: [
				...all.filter((c) => c.part === part).map((c): { slug: string } | { label: string; link: string } => ({ slug: c.slug })),
				// The print edition (and its PDFs) closes the book's last group.
				...(part === 'appendices' ? [{ ...label('etom.print.sidebar'), link: '/print/' }] : []),
			],
		}))
		.filter((group) => group.items.length > 0);
}
