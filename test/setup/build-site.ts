import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild } from '../../scripts/lib/astro-build.ts';
import { fixtureRoot } from '../helpers/fixture.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Folder holding a fresh build of the real handbook. */
		distDir: string;
	}
}

/**
 * Builds the real handbook once into a temporary folder for every build and browser test, from the
 * fixture project test/fixtures/handbook (the real sources, PDFs included, with a root of its own).
 */
export default async function setup(project: TestProject) {
	const dir = mkdtempSync(join(tmpdir(), 'etom-site-'));
	const outDir = join(dir, 'dist');
	const result = await runBuild({ root: fixtureRoot('handbook'), outDir });
	if (result.code !== 0) {
		throw new Error(`The handbook did not build (exit ${result.code}):\n${result.output}`);
	}
	project.provide('distDir', outDir);
	return () => rmSync(dir, { recursive: true, force: true });
}
