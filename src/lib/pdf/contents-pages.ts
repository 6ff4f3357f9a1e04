import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../fs/atomic.ts';

const numbered = /(<(span|a)\b[^>]*\sdata-target="[^"]*"[^>]*>)[^<]*(<\/\2>)/g;

/**
 * The print page's HTML with the page numbers of the last PDF build (the text of each
 * `data-target` element, in document order: contents, list of figures, references, index), so
 * that /print/ shows the same numbers on screen as the book on paper. Only the text of those
 * elements changes: the page's hashed scripts and styles stay byte for byte what the Content
 * Security Policy names.
 */
export function withPageNumbers(html: string, texts: readonly string[]): string {
	let i = 0;
	const next = html.replace(numbered, (_, open: string, _tag: string, close: string) => {
		const text = texts[i++] ?? '';
		return `${open}${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}${close}`;
	});
	if (i !== texts.length)
		throw new Error(
			`The print page has ${i} page-numbered elements but the PDF build filled ${texts.length}: dist/print/index.html does not match the page that was printed.`
		);
	return next;
}

/** Writes the book's page numbers into the built print page (`dist/print/index.html`). */
export function writeContentsPages(file: string, texts: readonly string[]): void {
	const html = readFileSync(file, 'utf8');
	const next = withPageNumbers(html, texts);
	if (next !== html) writeFileAtomic(file, next);
}
