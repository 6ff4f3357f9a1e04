import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../browser.ts';
import { runBuild } from '../build-runner.ts';
import { DiagramService } from '../diagrams/service.ts';
import { allDiagrams } from '../diagrams/sync.ts';
import { diagramsDir } from '../paths.ts';
import { exportPdfs, totalBytes } from '../pdf/export.ts';

export interface SiteBuildFigures {
	wallMs: number;
	peakRssBytes: number;
	distBytes: number;
	files: number;
	htmlPages: number;
	/** Steps the build reports itself, when it does: Pagefind's index and the social images. */
	searchIndexMs?: number;
	socialImagesMs?: number;
}

/** Reads the durations the build prints for Pagefind and the social images. */
export function stepTimes(output: string): Pick<SiteBuildFigures, 'searchIndexMs' | 'socialImagesMs'> {
	const search = /Finished building search index in ([\d.]+)\s*(ms|s)\b/.exec(output);
	const social = /\[social\] \d+ images: \d+ drawn in ([\d.]+) s/.exec(output);
	return {
		searchIndexMs: search ? Number(search[1]) * (search[2] === 's' ? 1000 : 1) : undefined,
		socialImagesMs: social ? Number(social[1]) * 1000 : undefined,
	};
}

/** Total size and file count of a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const st = statSync(join(dir, f));
		if (st.isFile()) {
			bytes += st.size;
			files++;
		}
	}
	return { bytes, files };
}

/**
 * Builds the handbook (or a content folder of the same shape, or with `env` another configuration)
 * into `outDir`, from a cold cache and without the PDFs, which are measured on their own, and
 * measures the build in its own process.
 */
export async function measureSiteBuild(outDir: string, contentDir?: string, env: Record<string, string> = {}): Promise<SiteBuildFigures> {
	const rusageFile = join(outDir, '..', 'rusage.json');
	// Cold caches: Astro's and the social images' own, so that every run draws everything.
	const cold = { ETOM_PDF: '0', ETOM_SOCIAL_CACHE_DIR: join(outDir, '..', 'social-cache'), ...env };
	const result = await runBuild({ outDir, contentDir, rusageFile, cacheDir: join(outDir, '..', 'cache'), env: cold });
	if (result.code !== 0) throw new Error(`build failed (exit ${result.code}):\n${result.output}`);
	const { bytes, files } = folderSize(outDir);
	const htmlPages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
	const { maxRSS } = JSON.parse(readFileSync(rusageFile, 'utf8')) as { maxRSS: number };
	return { wallMs: result.ms, peakRssBytes: maxRSS, distBytes: bytes, files, htmlPages, ...stepTimes(result.output) };
}

export interface DiagramFigures {
	diagrams: number;
	coldMs: number;
	cachedMs: number;
}

/** Renders every diagram with an empty cache (one browser, as in a build), then again from the cache. */
export async function measureDiagrams(): Promise<DiagramFigures> {
	const dir = mkdtempSync(join(tmpdir(), 'etom-bench-diagrams-'));
	const previous = process.env.ETOM_DIAGRAMS_DIR;
	try {
		cpSync(diagramsDir(), dir, { recursive: true, filter: (src) => !src.includes(`${join(diagramsDir(), 'cache')}`) });
		process.env.ETOM_DIAGRAMS_DIR = dir;
		const run = async () => {
			const service = new DiagramService(findChromium(), { info: () => {} });
			const started = performance.now();
			try {
				const diagrams = allDiagrams();
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
		if (previous === undefined) delete process.env.ETOM_DIAGRAMS_DIR;
		else process.env.ETOM_DIAGRAMS_DIR = previous;
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

/** Writes the PDFs of a built site, as `npm run build` does when a browser is available. */
export async function measurePdf(distDir: string): Promise<PdfFigures> {
	const report = await exportPdfs({ distDir, chromiumPath: findChromium() });
	return {
		ms: report.ms,
		bookPages: report.bookPages,
		bookBytes: report.files.find((f) => f.kind === 'book')!.bytes,
		allBytes: totalBytes(report.files),
		files: report.files.length,
	};
}
