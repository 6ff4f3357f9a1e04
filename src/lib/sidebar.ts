import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { docsDir } from './paths.ts';
import { listDocs, slugOf } from './sections.ts';
import { label } from './site-strings.ts';

/** The parts of the book, in reading order: a folder under content/docs and a UI string each. */
export const parts = ['introduction', 'operations', 'sip', 'enterprise', 'appendices'] as const;

interface Entry {
	slug: string;
	order: number;
	title: string;
}

/** The `sidebar.order` and title of a chapter, read from its frontmatter. */
function readEntry(dir: string, file: string): Entry {
	const text = readFileSync(join(dir, file), 'utf8');
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
	const data = (parseYaml(frontmatter) ?? {}) as { title?: string; sidebar?: { order?: number } };
	return { slug: slugOf(file), order: data.sidebar?.order ?? Number.MAX_SAFE_INTEGER, title: data.title ?? file };
}

/**
 * Starlight's sidebar, one group per part. Starlight's `autogenerate` cannot be used: it finds a
 * chapter's folder from its path under src/content/docs, and the chapters live in content/docs.
 * Entries are `slug` links, so Starlight still takes their labels from the chapters and localises
 * them; the order is `sidebar.order`, then the title.
 */
export function sidebar(dir: string = docsDir()) {
	const docs = listDocs(dir);
	return parts
		.filter((part) => existsSync(join(dir, part)))
		.map((part) => {
			const entries = docs
				.filter((f) => f.startsWith(`${part}/`))
				.map((f) => readEntry(dir, f))
				.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
			return { ...label(`etom.part.${part}`), items: entries.map((e) => ({ slug: e.slug })) };
		})
		.filter((group) => group.items.length > 0);
}
