import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../fs/atomic.ts';

const pageSpan = /(<span class="toc__page" data-target="([^"]*)"[^>]*>)[^<]*(<\/span>)/g;

/**
 * The print page's HTML with each contents entry's page number from the last PDF build, so that
 * /print/ shows the same numbers on screen as the book on paper. Only the text of the empty
 * `toc__page` spans changes: the page's hashed scripts and styles stay byte for byte what the
 * Content Security Policy names.
 */
export function withContentsPages(html: string, pages: Map<string, number>): string {
	return html.replace(
		pageSpan,
		(_, open: string, target: string, close: string) => `${open}${pages.get(target) ?? ''}${close}`
	);
}

/** Writes the book's page numbers into the built print page (`dist/print/index.html`). */
export function writeContentsPages(file: string, pages: Map<string, number>): void {
	const html = readFileSync(file, 'utf8');
	const next = withContentsPages(html, pages);
	if (next !== html) writeFileAtomic(file, next);
}
