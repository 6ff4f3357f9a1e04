import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCatalog } from '../catalog.ts';
import { displayPath, docsDir, diagramsDir } from '../paths.ts';
import { listDocs } from '../sections.ts';
import { cachedKeys } from './cache.ts';
import { generatedDiagrams } from './matrix-source.ts';
import { findMermaidFences, listDiagramFiles, prepareDiagram, readDiagramFile, type DiagramSource } from './source.ts';

/** Generated diagram files whose text differs from what the catalog gives now. */
export function staleGenerated(): string[] {
	return generatedDiagrams(loadCatalog())
		.filter(({ name, text }) => {
			const file = join(diagramsDir(), `${name}.mmd`);
			return !existsSync(file) || readFileSync(file, 'utf8') !== text;
		})
		.map(({ name }) => `diagrams/${name}.mmd`);
}

/** Rewrites the generated diagram files from the catalog; returns the ones that changed. */
export function writeGenerated(): string[] {
	const stale = new Set(staleGenerated());
	for (const { name, text } of generatedDiagrams(loadCatalog())) {
		const file = join(diagramsDir(), `${name}.mmd`);
		if (!stale.has(`diagrams/${name}.mmd`)) continue;
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
	return [...stale];
}

/** Every diagram the book has: the files under diagrams/ and the mermaid fences in chapters. */
export function allDiagrams(): DiagramSource[] {
	const files = listDiagramFiles().map((name) => readDiagramFile(name, `diagrams/${name}.mmd`));
	const fences = listDocs().flatMap((file) => {
		const path = join(docsDir(), file);
		return findMermaidFences(readFileSync(path, 'utf8')).map((f) => prepareDiagram(f.text, `${displayPath(path)}:${f.line}`));
	});
	return [...files, ...fences];
}

/** Diagrams with no cache entry, and cache entries that no diagram needs any more. */
export function cacheStatus(diagrams: DiagramSource[] = allDiagrams()) {
	const needed = new Set(diagrams.map((d) => d.key));
	const present = new Set(cachedKeys());
	return {
		missing: diagrams.filter((d) => !present.has(d.key)),
		orphaned: [...present].filter((k) => !needed.has(k)),
	};
}
