import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * The project root. Astro, the scripts and vitest all run from it; `import.meta.url` would not do,
 * because this module also runs from bundled chunks during the build.
 */
export const projectRoot = process.cwd();

/**
 * The content folder (chapters, catalog, UI strings). `ETOM_CONTENT_DIR` points a build at another
 * folder of the same shape; the build tests use it to build small fixture handbooks with the real
 * configuration.
 */
export function contentDir(): string {
	const dir = process.env.ETOM_CONTENT_DIR;
	if (!dir) return join(projectRoot, 'content');
	return isAbsolute(dir) ? dir : resolve(projectRoot, dir);
}

export const docsDir = (): string => join(contentDir(), 'docs');
export const catalogFile = (): string => join(contentDir(), 'catalog', 'processes.yaml');
export const i18nDir = (): string => join(contentDir(), 'i18n');

/** A path as maintainers want to see it in messages: relative to the project when inside it. */
export function displayPath(file: string): string {
	const rel = relative(projectRoot, file);
	return rel && !rel.startsWith('..') ? rel : file;
}

/** Mermaid sources (`*.mmd`) and their committed render cache; `ETOM_DIAGRAMS_DIR` overrides it for fixtures. */
export function diagramsDir(): string {
	const dir = process.env.ETOM_DIAGRAMS_DIR;
	if (!dir) return join(projectRoot, 'diagrams');
	return isAbsolute(dir) ? dir : resolve(projectRoot, dir);
}
export const diagramCacheDir = (): string => join(diagramsDir(), 'cache');
