import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from '../../src/lib/browser.ts';
import type { Handbook } from '../../src/lib/content/model.ts';
import { diagramCacheDir, handbookPaths } from '../../src/lib/content/paths.ts';
import { DiagramService } from '../../src/lib/diagrams/service.ts';
import { allDiagrams } from '../../src/lib/diagrams/sync.ts';
import { exportPdfs, totalBytes } from '../../src/lib/pdf/export.ts';
import { distFiles } from '../../src/lib/postbuild/dist.ts';
import { runBuild } from '../lib/astro-build.ts';
import { writeHandbookProject } from './synthetic.ts';

export interface SiteBuildFigures {
	wallMs: number;
	peakRssBytes: number;
	distBytes: number;
	files: number;
	htmlPages: number;
	/** Steps the build reports itself, when it does: Pagefind's index and the social images. */
	searchIndexMs?: number;
	socialImagesMs?: number;
	/** How long the build waited for social images still being drawn when the pages were done. */
	socialWaitMs?: number;
}

/** Reads the durations the build prints for Pagefind and the social images. */
function stepTimes(
	output: string
): Pick<SiteBuildFigures, 'searchIndexMs' | 'socialImagesMs' | 'socialWaitMs'> {
	// The handbook's pipeline logs "[search] indexed N pages in X s"; Starlight (vanilla) logs
	// "Finished building search index in X ms|s".
	const ours = /\[search\] indexed \d+ pages in ([\d.]+) s/.exec(output);
	const theirs = /Finished building search index in ([\d.]+)\s*(ms|s)\b/.exec(output);
	// "[social] N images: M drawn in X s by 2 workers (Y s after the pages), K from cache": the
	// drawing runs beside the page rendering, so Y, the wait it adds to the build, is what counts.
	const social =
		/\[social\] \d+ images: \d+ drawn in ([\d.]+) s(?: by \d+ workers? \(([\d.]+) s after the pages\))?/.exec(
			output
		);
	return {
		searchIndexMs: ours
			? Number(ours[1]) * 1000
			: theirs
				? Number(theirs[1]) * (theirs[2] === 's' ? 1000 : 1)
				: undefined,
		socialImagesMs: social ? Number(social[1]) * 1000 : undefined,
		socialWaitMs: social?.[2] ? Number(social[2]) * 1000 : undefined,
	};
}

/** Total size and file count of a folder. */
function folderSize(dir: string): { bytes: number; files: number } {
	const files = distFiles(dir);
	return { bytes: files.reduce((n, f) => n + statSync(join(dir, f)).size, 0), files: files.length };
}

/**
 * Builds a benchmark project (written by scripts/bench/synthetic.ts, with cold caches and no PDFs,
 * which are measured on their own) into `outDir`, and measures the build in its own process.
 */
export async function measureSiteBuild(
	root: string,
	outDir: string,
	config?: string
): Promise<SiteBuildFigures> {
	const rusageFile = join(outDir, '..', 'rusage.json');
	const result = await runBuild({ root, outDir, config, rusageFile });
	if (result.code !== 0) throw new Error(`build failed (exit ${result.code}):\n${result.output}`);
	const { bytes, files } = folderSize(outDir);
	const htmlPages = distFiles(outDir, '.html').length;
	const { maxRSS } = JSON.parse(readFileSync(rusageFile, 'utf8')) as { maxRSS: number };
	return {
		wallMs: result.ms,
		peakRssBytes: maxRSS,
		distBytes: bytes,
		files,
		htmlPages,
		...stepTimes(result.output),
	};
}

export interface DiagramFigures {
	diagrams: number;
	coldMs: number;
	cachedMs: number;
}

/** Renders every diagram with an empty cache (one browser, as in a build), then again from the cache. */
export async function measureDiagrams(): Promise<DiagramFigures> {
	const dir = mkdtempSync(join(tmpdir(), 'etom-bench-diagrams-'));
	const real = handbookPaths();
	const paths = handbookPaths({ diagramsDir: dir });
	try {
		cpSync(real.diagramsDir, dir, {
			recursive: true,
			filter: (src) => !src.startsWith(diagramCacheDir(real)),
		});
		const run = async () => {
			const service = new DiagramService(findBrowser(), { info: () => {} }, diagramCacheDir(paths));
			const started = performance.now();
			try {
				const diagrams = allDiagrams(paths);
				await Promise.all(diagrams.map((d) => service.get(d)));
				return { count: diagrams.length, ms: performance.now() - started };
			} finally {
				await service.close();
			}
		};
		const cold = await run();
		const cached = await run();
		return { diagrams: cold.count, coldMs: cold.ms, cachedMs: cached.ms };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

export interface PdfFigures {
	ms: number;
	bookPages: number;
	bookBytes: number;
	allBytes: number;
	files: number;
}

/**
 * A copy of the committed page cache (src/lib/pdf/page-cache.ts) in `dir`, as a fresh clone has
 * it: the measured build reads it and may rewrite it, the repository's file stays as it is.
 */
function committedPageCache(dir: string): string {
	const file = join(dir, 'page-numbers.json');
	cpSync(handbookPaths().pageCacheFile, file);
	return file;
}

/**
 * Writes the PDFs of a built site, as `npm run build` does when a browser is available, with the
 * committed page cache.
 */
export async function measurePdf(handbook: Handbook, distDir: string): Promise<PdfFigures> {
	const { found } = findBrowser();
	if (!found) throw new Error('The PDF measurement needs a browser.');
	const pageCache = committedPageCache(join(distDir, '..'));
	const report = await exportPdfs({ handbook, distDir, browser: found, pageCache });
	return {
		ms: report.ms,
		bookPages: report.bookPages,
		bookBytes: report.files.find((f) => f.kind === 'book')!.bytes,
		allBytes: totalBytes(report.files),
		files: report.files.length,
	};
}

/**
 * `npm run build` of the real handbook as on a fresh clone: a project of its own with the committed
 * diagram and page caches, a cold social-image cache and the PDFs (a browser is needed).
 */
export async function measureFullBuild(root: string): Promise<{ wallMs: number }> {
	mkdirSync(root, { recursive: true });
	const { coursesDir } = handbookPaths();
	writeHandbookProject(root, { coursesDir, pageCacheFile: committedPageCache(root) }, 'auto');
	const result = await runBuild({ root, outDir: join(root, 'dist') });
	if (result.code !== 0) throw new Error(`build failed (exit ${result.code}):\n${result.output}`);
	return { wallMs: result.ms };
}
