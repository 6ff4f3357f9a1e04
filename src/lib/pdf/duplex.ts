import type { Page } from 'playwright-core';

/**
 * Duplex printing: parts, chapters and the list of sources open on a right-hand (odd) page.
 * Chromium ignores `break-before: right`, so the export does it: from the pages of a first print,
 * it puts a blank verso (`.blank-verso`, a page of its own with no running head or number, see
 * print-book.css) before each opener that would land on an even page. A verso only moves what
 * follows by one page (every opener starts a page anyway), so one print tells where all go.
 *
 * @param pages the page of each named destination, from the first print
 * @returns how many blank versos were inserted
 */
export async function insertBlankVersos(page: Page, pages: Map<string, number>): Promise<number> {
	return page.evaluate(
		(entries) => {
			const pageOf = new Map(entries);
			let shift = 0;
			for (const opener of document.querySelectorAll<HTMLElement>('.part, .chapter, .sources')) {
				// An opener's named destination: its own id, or a chapter's title (`c3-top`).
				const id = opener.id || opener.querySelector('.chapter__header [id]')?.id;
				const n = pageOf.get(id ?? '');
				if (n === undefined) continue;
				if ((n + shift) % 2 === 0) {
					const verso = document.createElement('div');
					verso.className = 'blank-verso';
					verso.setAttribute('aria-hidden', 'true');
					opener.before(verso);
					shift++;
				}
			}
			return shift;
		},
		[...pages]
	);
}
