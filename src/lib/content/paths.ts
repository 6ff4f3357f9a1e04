import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * Where a handbook's sources live. The real handbook keeps them at the project root; a fixture
 * project (test/fixtures/<name>/) has its own chapters and may borrow the real catalog, glossary,
 * strings and diagrams by pointing these at them.
 */
export interface HandbookPaths {
	/** The Astro project root: `.astro/`, `dist/` and relative paths below are resolved from it. */
	root: string;
	docsDir: string;
	catalogFile: string;
	glossaryDir: string;
	i18nDir: string;
	/** Course plans (`*.yaml`), one per course; a handbook without the folder has none. */
	coursesDir: string;
	/** Mermaid sources (`*.mmd`) and their committed render cache in `cache/`. */
	diagramsDir: string;
	/** The pages of the last printed book, committed: the next build's first guess (src/lib/pdf/page-cache.ts). */
	pageCacheFile: string;
}

/** Overrides of {@link HandbookPaths}, relative to the root or absolute. */
export type HandbookPathOptions = Partial<Omit<HandbookPaths, 'root'>> & { root?: string };

/** The handbook's paths: `content/...` and `diagrams/` under the root (the current folder by default). */
export function handbookPaths(options: HandbookPathOptions = {}): HandbookPaths {
	const root = resolve(options.root ?? process.cwd());
	const at = (path: string | undefined, fallback: string) => (path ? (isAbsolute(path) ? path : resolve(root, path)) : join(root, fallback));
	return {
		root,
		docsDir: at(options.docsDir, 'content/docs'),
		catalogFile: at(options.catalogFile, 'content/catalog/processes.yaml'),
		glossaryDir: at(options.glossaryDir, 'content/glossary'),
		i18nDir: at(options.i18nDir, 'content/i18n'),
		coursesDir: at(options.coursesDir, 'content/courses'),
		diagramsDir: at(options.diagramsDir, 'diagrams'),
		pageCacheFile: at(options.pageCacheFile, 'content/print/page-numbers.json'),
	};
}

export const diagramCacheDir = (paths: HandbookPaths): string => join(paths.diagramsDir, 'cache');

/** A path as maintainers want to see it in messages: relative to the current folder when inside it. */
export function displayPath(file: string): string {
	const rel = relative(process.cwd(), file);
	return rel && !rel.startsWith('..') ? rel : file;
}
