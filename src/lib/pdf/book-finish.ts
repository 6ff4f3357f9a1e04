import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { savePdf } from './save.ts';

/**
 * A bookmark title as the heading reads. Chromium builds each bookmark from the heading's lines and
 * drops the space where a long heading wraps ("Supplier/Partner RelationshipManagement"); the
 * heading whose text is the same but for white space gives the title back its spaces.
 */
export function respacedTitle(title: string, headings: Map<string, string>): string {
	return headings.get(title.replace(/\s+/g, '')) ?? title;
}

/** Headings by their text without white space, for {@link respacedTitle}. */
export const headingKeys = (texts: string[]) =>
	new Map(texts.map((t) => [t.replace(/\s+/g, ''), t.replace(/\s+/g, ' ').trim()]));

/**
 * Adds to Chromium's printed book what Chromium does not write: the author, bookmarks with the
 * headings' spacing, and a viewer that opens with the bookmarks panel (PageMode /UseOutlines).
 * Chromium's dates and tags are kept as they are (loaded without pdf-lib's own metadata).
 */
export async function finishBook(
	printed: Uint8Array,
	{ author, headings }: { author: string; headings: string[] }
): Promise<{ doc: PDFDocument; bytes: Uint8Array }> {
	const doc = await PDFDocument.load(printed, { updateMetadata: false });
	doc.setAuthor(author);
	doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
	const byKey = headingKeys(headings);
	const walk = (item: PDFDict | undefined) => {
		for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
			const title = node.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString);
			if (title) {
				const text = title.decodeText();
				const fixed = respacedTitle(text, byKey);
				if (fixed !== text) node.set(PDFName.of('Title'), PDFHexString.fromText(fixed));
			}
			walk(node.lookupMaybe(PDFName.of('First'), PDFDict));
		}
	};
	const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
	walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
	return { doc, bytes: await savePdf(doc, { useObjectStreams: false }) };
}
