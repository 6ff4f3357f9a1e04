/** A level-2 section of a chapter, as the print book's contents lists it. */
export interface BookSection {
	/** The heading's id in the chapter (before the book's chapter prefix). */
	id: string;
	text: string;
	/**
	 * The number the contents prints: the book's section number ("9.2") for a section of prose, the
	 * eTOM id ("1.1.1.10") for a process section, nothing for a vertical. One numbering per heading.
	 */
	number: string | undefined;
	/** The book's number, which the heading itself carries: prose sections only. */
	bookNumber: string | undefined;
}

const sameName = (a: string, b: string) =>
	a.replace(/\s*\([^)]*\)$/, '').toLowerCase() === b.toLowerCase();

/**
 * The sections of a chapter for the contents and headings of the print book. Process sections keep
 * their eTOM id and get no book number, so a heading never carries two numbers ("9.10 1.1.1.10");
 * the sections of prose are numbered 1, 2, 3 within the chapter. A process section that only repeats
 * the chapter's title (the chapter about Fulfillment opening with the Fulfillment vertical) is
 * left out of the contents: the chapter's own entry leads there.
 *
 * @param processIds the catalog id of each process section of the chapter, by its heading's id.
 */
export function bookSections(
	chapter: { number: string; title: string },
	headings: { depth: number; slug: string; text: string }[],
	processIds: Map<string, string>
): BookSection[] {
	let n = 0;
	return headings
		.filter((h) => h.depth === 2)
		.flatMap((h): BookSection[] => {
			const processId = processIds.get(h.slug);
			if (processId === undefined) {
				const bookNumber = `${chapter.number}.${++n}`;
				return [{ id: h.slug, text: h.text, number: bookNumber, bookNumber }];
			}
			// The heading shows the id first, with its marker (†) when the id is not confirmed.
			const shown = h.text.startsWith(processId) ? /^(\S+)\s+(.*)$/s.exec(h.text) : null;
			const text = shown ? shown[2]! : h.text;
			if (sameName(text, chapter.title)) return [];
			return [{ id: h.slug, text, number: shown?.[1], bookNumber: undefined }];
		});
}
