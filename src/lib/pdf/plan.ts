import type { Handbook } from '../content/model.ts';
import { printBook } from '../print/book.ts';
import { chapterDecks, courseDayDecks } from '../slides/decks.ts';

export type Paper = 'A4' | 'Letter';

/** A PDF the build writes: where in dist/, what it is, and its label in the downloads list. */
export interface PlannedPdf {
	/** Path inside dist/, e.g. `etom-handbook.pdf` or `pdf/operations-crm.pdf`. */
	path: string;
	kind: 'book' | 'handout' | 'poster' | 'slides' | 'slide-notes';
	label: string;
	/** The chapter a handout or a chapter's slide deck holds. */
	slug?: string;
	/** The Level-0 area whose matrix a poster shows. */
	area?: string;
}

/** A slide deck or its speaker notes: the downloads list them in a group of their own. */
export const isSlidePdf = (p: PlannedPdf) => p.kind === 'slides' || p.kind === 'slide-notes';

export const bookPdfPath = 'etom-handbook.pdf';
/**
 * Where the A3 poster of an area's matrix goes: Operations keeps the path of the first edition's one
 * poster, e.g. `pdf/etom-matrix-poster.pdf`; SIP's is `pdf/etom-matrix-poster-1-2.pdf`.
 */
export const posterPath = (area: string) =>
	area === '1.1'
		? 'pdf/etom-matrix-poster.pdf'
		: `pdf/etom-matrix-poster-${area.replaceAll('.', '-')}.pdf`;
export const posterPdfPath = posterPath('1.1');
export const handoutPath = (slug: string) => `pdf/${slug.replaceAll('/', '-')}.pdf`;

/**
 * Every PDF of the handbook: the book, one handout per chapter, a poster of each area's matrix (an
 * area with verticals: Operations and SIP), a 16:9 slide deck with its speaker notes per teaching
 * chapter and per course day (src/lib/slides/decks.ts). The print page
 * lists them and the PDF step writes them, from this one list.
 */
export function pdfPlan(handbook: Handbook): PlannedPdf[] {
	const t = handbook.t();
	const handouts = printBook(handbook.chapters).flatMap((part) =>
		part.chapters.map((c) => ({
			path: handoutPath(c.slug),
			kind: 'handout' as const,
			label: `${c.number}. ${c.title}`,
			slug: c.slug,
		}))
	);
	return [
		{ path: bookPdfPath, kind: 'book', label: t('etom.pdf.book') },
		...handouts,
		...matrixAreas(handbook).map((area) => ({
			path: posterPath(area),
			kind: 'poster' as const,
			label: t('etom.pdf.poster', { area: handbook.catalog.get(area).name }),
			area,
		})),
		...[...chapterDecks(handbook), ...courseDayDecks(handbook)].flatMap((deck) => [
			{
				path: deck.path,
				kind: 'slides' as const,
				label: deck.label,
				...('slug' in deck ? { slug: deck.slug } : {}),
			},
			{
				path: deck.notesPath,
				kind: 'slide-notes' as const,
				label: t('etom.slides.notes', { deck: deck.label }),
				...('slug' in deck ? { slug: deck.slug } : {}),
			},
		]),
	];
}

/** The Level-0 areas that have a matrix (verticals), in catalog order. */
const matrixAreas = (handbook: Handbook) => [
	...new Set(handbook.catalog.verticals.map((v) => v.area)),
];
