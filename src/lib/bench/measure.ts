import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from '../build-runner.ts';

export interface SiteBuildFigures {
	wallMs: number;
	peakRssBytes: number;
	distBytes: number;
	files: number;
	htmlPages: number;
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

/** Builds the handbook (or a content folder of the same shape) into a temporary folder and measures it. */
export async function measureSiteBuild(contentDir?: string): Promise<SiteBuildFigures> {
	const dir = mkdtempSync(join(tmpdir(), 'etom-bench-'));
	try {
		const outDir = join(dir, 'dist');
		const rusageFile = join(dir, 'rusage.json');
		const result = await runBuild({ outDir, contentDir, rusageFile, cacheDir: contentDir ? join(dir, 'cache') : undefined });
		if (result.code !== 0) throw new Error(`build failed (exit ${result.code}):\n${result.output}`);
		const { bytes, files } = folderSize(outDir);
		const htmlPages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
		const { maxRSS } = JSON.parse(readFileSync(rusageFile, 'utf8')) as { maxRSS: number };
		return { wallMs: result.ms, peakRssBytes: maxRSS, distBytes: bytes, files, htmlPages };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One figure per row, aligned, the way the benchmark prints them. */
export function formatFigures(title: string, f: SiteBuildFigures): string {
	const rows: [string, string][] = [
		['build wall time', `${(f.wallMs / 1000).toFixed(2)} s`],
		['peak memory (RSS)', mb(f.peakRssBytes)],
		['dist/ size', `${mb(f.distBytes)} in ${f.files} files`],
		['HTML pages', String(f.htmlPages)],
	];
	const width = Math.max(...rows.map(([k]) => k.length));
	return [title, ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
}
