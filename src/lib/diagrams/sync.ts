import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../content/catalog.ts';
import { listDocs } from '../content/chapters.ts';
import { readUtf8 } from '../content/text-file.ts';
import { diagramCacheDir, displayPath, handbookPaths, type HandbookPaths } from '../content/paths.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { readStrings, translator } from '../i18n/strings.ts';
import { cachedKeys } from './cache.ts';
import { generatedDiagrams } from './matrix-source.ts';
import { findMermaidFences, listDiagramFiles, prepareDiagram, readDiagramFile, type DiagramSource } from './source.ts';

/** Generated diagram files whose text differs from what the catalog gives now. */
export function staleGenerated(paths: HandbookPaths = handbookPaths()): string[] {
	return generatedDiagrams(loadCatalog(paths.catalogFile), translator(readStrings(paths.i18nDir)))
		.filter(({ name, text }) => {
			const file = join(paths.diagramsDir, `${name}.mmd`);
			return !existsSync(file) || readFileSync(file, 'utf8') !== text;
		})
		.map(({ name }) => `diagrams/${name}.mmd`);
}

/** Rewrites the generated diagram files from the catalog; returns the ones that changed. */
export function writeGenerated(paths: HandbookPaths = handbookPaths()): string[] {
	const stale = new Set(staleGenerated(paths));
	for (const { name, text } of generatedDiagrams(loadCatalog(paths.catalogFile), translator(readStrings(paths.i18nDir)))) {
		const file = join(paths.diagramsDir, `${name}.mmd`);
		if (!stale.has(`diagrams/${name}.mmd`)) continue;
		writeFileAtomic(file, text);
	}
	return [...stale];
}

/** Every diagram the book has: the files under diagrams/ and the mermaid fences in chapters. */
export function allDiagrams(paths: HandbookPaths = handbookPaths()): DiagramSource[] {
	const catalog = loadCatalog(paths.catalogFile);
	const files = listDiagramFiles(paths.diagramsDir).map((name) => readDiagramFile(catalog, paths.diagramsDir, name, `diagrams/${name}.mmd`));
	const fences = listDocs(paths.docsDir).flatMap((file) => {
		const path = join(paths.docsDir, file);
		return findMermaidFences(readUtf8(path)).map((f) => prepareDiagram(catalog, f.text, { file: displayPath(path), fenceLine: f.line }));
	});
	return [...files, ...fences];
}

/** Diagrams with no cache entry, and cache entries that no diagram needs any more. */
export function cacheStatus(paths: HandbookPaths = handbookPaths(), diagrams: DiagramSource[] = allDiagrams(paths)) {
	const needed = new Set(diagrams.map((d) => d.key));
	const present = new Set(cachedKeys(diagramCacheDir(paths)));
	return {
		missing: diagrams.filter((d) => !present.has(d.key)),
		orphaned: [...present].filter((k) => !needed.has(k)),
	};
}
