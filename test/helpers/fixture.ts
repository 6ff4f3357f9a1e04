import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadCatalog } from '../../src/lib/catalog.ts';
import { groupings } from '../../src/lib/grouping-check.ts';
import { projectRoot } from '../../src/lib/paths.ts';
import { runBuild, type BuildResult } from '../../src/lib/build-runner.ts';

export interface Fixture extends BuildResult {
	contentDir: string;
	diagramsDir: string;
	outDir: string;
	cleanup(): void;
}

export interface FixtureOptions {
	/** Change any file of the fixture (content/ or diagrams/) before the build. */
	edit?: (paths: { contentDir: string; diagramsDir: string }) => void;
	env?: Record<string, string>;
	/** Add a page with sections for the catalog's groupings that the test's chapters lack (default). */
	groupings?: boolean;
}

/**
 * A small handbook in a temporary folder: the real catalog, glossary, UI strings and diagrams
 * (with their render cache), plus the chapters a test writes. Built with the real configuration.
 */
export async function buildFixture(docs: Record<string, string>, options: FixtureOptions = {}): Promise<Fixture> {
	const dir = mkdtempSync(join(tmpdir(), 'etom-fixture-'));
	const contentDir = join(dir, 'content');
	const diagramsDir = join(dir, 'diagrams');
	for (const part of ['catalog', 'glossary', 'i18n']) {
		cpSync(join(projectRoot, 'content', part), join(contentDir, part), { recursive: true });
	}
	cpSync(join(projectRoot, 'diagrams'), diagramsDir, { recursive: true });
	for (const [file, text] of Object.entries(docs)) {
		const path = join(contentDir, 'docs', file);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
	}
	// The build wants a chapter for every area and grouping of the catalog: unless a test is about
	// that, one page holds the sections the test's own chapters do not.
	if (options.groupings !== false) {
		const present = new Set(Object.values(docs).flatMap((text) => [...text.matchAll(/<Process\s+id="([^"]+)"/g)].map((m) => m[1]!)));
		const ids = groupings(loadCatalog(join(contentDir, 'catalog', 'processes.yaml')))
			.map((g) => g.id)
			.filter((id) => !present.has(id));
		writeFileSync(join(contentDir, 'docs', 'groupings.mdx'), chapter('Groupings', ids.map((id) => `<Process id="${id}" />`).join('\n\n')));
	}
	options.edit?.({ contentDir, diagramsDir });
	const outDir = join(dir, 'dist');
	const result = await runBuild({
		outDir,
		contentDir,
		cacheDir: join(dir, 'cache'),
		// Fixtures test the site build; the PDFs have their own tests on the real build.
		env: { ETOM_DIAGRAMS_DIR: diagramsDir, ETOM_PDF: '0', ...options.env },
	});
	return { ...result, contentDir, diagramsDir, outDir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A chapter with just enough frontmatter to pass Starlight's schema. */
export const chapter = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n${body}\n`;
