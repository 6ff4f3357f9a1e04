import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distFiles } from '../../src/lib/postbuild/dist.ts';

export interface PageWeight {
	pages: number;
	htmlTotalBytes: number;
	html: { medianRaw: number; maxRaw: number; medianGzip: number; maxGzip: number };
	/** JavaScript a page loads up front (script src and modulepreload), raw and gzip. */
	js: { medianRaw: number; maxRaw: number; medianGzip: number };
	/** HTML + CSS + JS that a page needs, gzip: the figure the page-weight target is about. */
	totalGzip: { median: number; max: number };
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length === 0 ? 0 : s[Math.floor((s.length - 1) / 2)]!;
};

/**
 * What each built page weighs: its HTML, and the CSS and JavaScript files it references (each
 * counted once per page; later loads such as the search index are not counted). The print edition
 * is left out: it is one page that holds the whole book on purpose.
 */
export function pageWeight(distDir: string, base = '/'): PageWeight {
	const files = distFiles(distDir, '.html').filter((f) => !f.startsWith('print'));
	const assetCache = new Map<string, { raw: number; gzip: number }>();
	const asset = (href: string) => {
		const path = join(
			distDir,
			decodeURIComponent(href.replace(new RegExp(`^${base}`), '').split(/[?#]/)[0]!)
		);
		let size = assetCache.get(path);
		if (!size) {
			try {
				const data = readFileSync(path);
				size = { raw: data.length, gzip: gzipSync(data).length };
			} catch {
				size = { raw: 0, gzip: 0 };
			}
			assetCache.set(path, size);
		}
		return size;
	};
	const rows = files.map((file) => {
		const html = readFileSync(join(distDir, file));
		const text = html.toString('utf8');
		const css = new Set(
			[...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)
		);
		const js = new Set(
			[
				...text.matchAll(/<script[^>]+src="([^"]+)"/g),
				...text.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g),
			].map((m) => m[1]!)
		);
		const sum = (hrefs: Set<string>, key: 'raw' | 'gzip') =>
			[...hrefs].reduce((n, h) => n + asset(h)[key], 0);
		const gzip = gzipSync(html).length;
		return {
			raw: html.length,
			gzip,
			jsRaw: sum(js, 'raw'),
			jsGzip: sum(js, 'gzip'),
			total: gzip + sum(css, 'gzip') + sum(js, 'gzip'),
		};
	});
	return {
		pages: rows.length,
		htmlTotalBytes: rows.reduce((n, r) => n + r.raw, 0),
		html: {
			medianRaw: median(rows.map((r) => r.raw)),
			maxRaw: Math.max(...rows.map((r) => r.raw)),
			medianGzip: median(rows.map((r) => r.gzip)),
			maxGzip: Math.max(...rows.map((r) => r.gzip)),
		},
		js: {
			medianRaw: median(rows.map((r) => r.jsRaw)),
			maxRaw: Math.max(...rows.map((r) => r.jsRaw)),
			medianGzip: median(rows.map((r) => r.jsGzip)),
		},
		totalGzip: {
			median: median(rows.map((r) => r.total)),
			max: Math.max(...rows.map((r) => r.total)),
		},
	};
}
