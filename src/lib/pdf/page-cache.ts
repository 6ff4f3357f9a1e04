import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic.ts';

/**
 * Where each named destination of the last printed book landed, per edition and paper: the first
 * guess of the next build's page numbers (src/lib/pdf/stable-print.ts). It is only a guess: the
 * printed numbers are checked against the destinations of the PDF they are in, so a stale or
 * edited file costs passes, never a wrong number. Committed like the diagram render cache, so a
 * fresh clone prints an unchanged book once instead of three times.
 */
const cacheFile = z.strictObject({
	$comment: z.string().optional(),
	books: z.record(z.string(), z.record(z.string(), z.number().int().positive())),
});

const comment =
	'Written by the PDF step: the page of every named destination in the last printed book, the first guess of the next build (src/lib/pdf/page-cache.ts). Commit it with the content that changed it.';

function readCache(file: string): z.infer<typeof cacheFile>['books'] {
	if (!existsSync(file)) return {};
	try {
		const parsed = cacheFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
		return parsed.success ? parsed.data.books : {};
	} catch {
		// Cut short or edited by hand: the book is paginated from scratch and the file rewritten.
		return {};
	}
}

/** The pages the last build printed for `key` (edition, paper), if the cache holds them. */
export function cachedPages(file: string, key: string): Map<string, number> | undefined {
	const pages = readCache(file)[key];
	return pages ? new Map(Object.entries(pages)) : undefined;
}

/** Records the settled pages of `key`; the file is rewritten only when they changed. */
export function storePages(file: string, key: string, pages: Map<string, number>): boolean {
	const books = readCache(file);
	const entry = Object.fromEntries([...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
	if (JSON.stringify(books[key]) === JSON.stringify(entry)) return false;
	books[key] = entry;
	const sorted = Object.fromEntries(Object.entries(books).sort(([a], [b]) => (a < b ? -1 : 1)));
	writeFileAtomic(file, `${JSON.stringify({ $comment: comment, books: sorted }, null, '\t')}\n`);
	return true;
}
