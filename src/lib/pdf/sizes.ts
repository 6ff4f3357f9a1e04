import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic.ts';
import { distFiles } from '../postbuild/dist.ts';

const sizeSpan = /(<span class="download__size" data-pdf="([^"]*)"[^>]*>)[^<]*(<\/span>)/g;

/** A file size as a reader reads it: "850 KB", "2.4 MB". */
export function readableSize(bytes: number): string {
	const kb = bytes / 1024;
	return kb < 1024 ? `${Math.max(1, Math.round(kb))} KB` : `${(kb / 1024).toFixed(1)} MB`;
}

/**
 * A page's HTML with the size of each listed PDF (DownloadList.astro) written into its size span;
 * a PDF the build did not write keeps the span's text. Only that text changes, so the page's hashed
 * scripts and styles stay what its Content Security Policy names.
 */
export function withDownloadSizes(
	html: string,
	sizes: Map<string, number>,
	label: (size: string) => string
): string {
	return html.replace(sizeSpan, (whole, open: string, path: string, close: string) => {
		const bytes = sizes.get(path);
		return bytes === undefined ? whole : `${open}${label(readableSize(bytes))}${close}`;
	});
}

/** Writes the PDFs' sizes into every built page that lists them; returns how many pages changed. */
export function writeDownloadSizes(
	distDir: string,
	sizes: Map<string, number>,
	label: (size: string) => string
): number {
	let changed = 0;
	for (const file of distFiles(distDir, '.html')) {
		const path = join(distDir, file);
		const html = readFileSync(path, 'utf8');
		if (!html.includes('download__size')) continue;
		const next = withDownloadSizes(html, sizes, label);
		if (next !== html) {
			writeFileAtomic(path, next);
			changed++;
		}
	}
	return changed;
}
