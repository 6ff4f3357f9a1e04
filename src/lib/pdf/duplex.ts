import type { Page } from 'playwright-core';

export interface Versos {
	/** How many blank versos were inserted. */
	inserted: number;
	/**
	 * Where each named destination should land once they are in: its page plus the versos before
	 * it. Every opener starts a page, so a verso moves what follows by exactly one page, and this
	 * is a guess the next print usually confirms in one pass (src/lib/pdf/stable-print.ts).
	 */
	pages: Map<string, number>;
}

/**
 * Duplex printing: parts, chapters and the list of sources open on a right-hand (odd) page.
 * Chromium ignores `break-before: right`, so the export does it: from the pages of a print, it
 * puts a blank verso (`.blank-verso`, a page of its own with no running head or number, see
 * print-book.css) before each opener that would land on an even page. A verso only moves what
 * follows by one page (every opener starts a page anyway), so one print tells where all go.
 *
 * @param pages the page of each named destination in the last print
 */
export async function insertBlankVersos(page: Page, pages: Map<string, number>): Promise<Versos> {
	const [inserted, shifted] = await page.evaluate(
		(entries) => {
			const pageOf = new Map(entries);
			const added = new Set<Element>();
			for (const opener of document.querySelectorAll<HTMLElement>('.part, .chapter, .sources')) {
				// An opener's named destination: its own id, or a chapter's title (`c3-top`).
				const id = opener.id || opener.querySelector('.chapter__header [id]')?.id;
				const n = pageOf.get(id ?? '');
				if (n === undefined) continue;
				if ((n + added.size) % 2 === 0) {
					const verso = document.createElement('div');
					verso.className = 'blank-verso';
					verso.setAttribute('aria-hidden', 'true');
					opener.before(verso);
					added.add(verso);
				}
			}
			// Each destination moves by the new versos before it in the document.
			const moved: [string, number][] = [];
			let before = 0;
			for (const el of document.querySelectorAll('.blank-verso, [id]')) {
				if (added.has(el)) before++;
				const n = pageOf.get(el.id);
				if (el.id && n !== undefined) moved.push([el.id, n + before]);
			}
			return [added.size, moved] as const;
		},
		[...pages]
	);
	return { inserted, pages: new Map([...pages, ...shifted]) };
}
