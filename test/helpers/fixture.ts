import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from '../../src/lib/paths.ts';
import { runBuild, type BuildResult } from '../../src/lib/build-runner.ts';

/**
 * A small handbook in a temporary folder: the real catalog, glossary and UI strings, plus the chapters a test
 * writes. `edit` may change any file before the build. Built with the real configuration.
 */
export async function buildFixture(
	docs: Record<string, string>,
	edit?: (contentDir: string) => void
): Promise<BuildResult & { contentDir: string; outDir: string; cleanup(): void }> {
	const dir = mkdtempSync(join(tmpdir(), 'etom-fixture-'));
	const contentDir = join(dir, 'content');
	for (const part of ['catalog', 'glossary', 'i18n']) {
		cpSync(join(projectRoot, 'content', part), join(contentDir, part), { recursive: true });
	}
	for (const [file, text] of Object.entries(docs)) {
		const path = join(contentDir, 'docs', file);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
	}
	edit?.(contentDir);
	const outDir = join(dir, 'dist');
	const result = await runBuild({ outDir, contentDir, cacheDir: join(dir, 'cache') });
	return { ...result, contentDir, outDir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A chapter with just enough frontmatter to pass Starlight's schema. */
export const chapter = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n${body}\n`;
