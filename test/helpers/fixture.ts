import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild, type BuildResult } from '../../scripts/lib/astro-build.ts';

export interface Fixture extends BuildResult {
	outDir: string;
	cleanup(): void;
}

/** The folder of a fixture project, `test/fixtures/<name>/`. */
export const fixtureRoot = (name: string) => join(import.meta.dirname, '..', 'fixtures', name);

/**
 * Builds a fixture project (test/fixtures/<name>/) into a temporary folder. Each fixture is an
 * Astro project of its own, so fixtures build side by side without sharing `.astro/`.
 */
export async function buildFixture(
	name: string,
	env: Record<string, string> = {}
): Promise<Fixture> {
	const dir = mkdtempSync(join(tmpdir(), `etom-${name}-`));
	const outDir = join(dir, 'dist');
	const result = await runBuild({ root: fixtureRoot(name), outDir, env });
	return { ...result, outDir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
