import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Opens a PDF with pdf.js (no worker, no network: everything is in memory). */
export async function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
	return getDocument({ data: new Uint8Array(data), isEvalSupported: false, useSystemFonts: false })
		.promise;
}

/**
 * The page (1-based) of every named destination. Chromium writes one for each element that an
 * in-document link points to, so the contents' targets are all there.
 */
export async function destinationPages(
	data: Uint8Array
): Promise<{ byName: Map<string, number>; count: number }> {
	const doc = await openPdf(data);
	try {
		const byName = new Map<string, number>();
		const destinations = (await doc.getDestinations()) as Record<string, unknown[]>;
		for (const [name, dest] of Object.entries(destinations)) {
			byName.set(name, (await doc.getPageIndex(dest[0] as never)) + 1);
		}
		return { byName, count: doc.numPages };
	} finally {
		await doc.destroy();
	}
}

/** The text of every page, items joined by spaces. */
export async function pageTexts(data: Uint8Array): Promise<string[]> {
	const doc = await openPdf(data);
	try {
		const texts: string[] = [];
		for (let i = 1; i <= doc.numPages; i++) {
			const content = await (await doc.getPage(i)).getTextContent();
			texts.push(
				content.items
					.map((item) => ('str' in item ? item.str : ''))
					.join(' ')
					.replace(/\s+/g, ' ')
					.trim()
			);
		}
		return texts;
	} finally {
		await doc.destroy();
	}
}

export interface OutlineEntry {
	title: string;
	items: OutlineEntry[];
}

/** The PDF's outline (bookmarks) as a tree of titles. */
export async function outline(data: Uint8Array): Promise<OutlineEntry[]> {
	const doc = await openPdf(data);
	try {
		const walk = (items: { title: string; items: unknown[] }[] | null): OutlineEntry[] =>
			(items ?? []).map((i) => ({ title: i.title, items: walk(i.items as never) }));
		return walk((await doc.getOutline()) as never);
	} finally {
		await doc.destroy();
	}
}
