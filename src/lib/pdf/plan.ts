import type { Handbook } from '../content/model.ts';
import { printBook } from '../print/book.ts';

export type Paper = 'A4' | 'Letter';

/** A PDF the build writes: where in dist/, what it is, and its label in the downloads list. */
export interface PlannedPdf {
	/** Path inside dist/, e.g. `etom-handbook.pdf` or `pdf/operations-crm.pdf`. */
	path: string;
	kind: 'book' | 'handout' | 'poster';
	label: string;
	/** The chapter a handout holds. */
	slug?: string;
}

export const bookPdfPath = 'etom-handbook.pdf';
export const posterPdfPath = 'pdf/etom-matrix-poster.pdf';
export const handoutPath = (slug: string) => `pdf/${slug.replaceAll('/', '-')}.pdf`;

/**
 * Every PDF of the handbook: the book, one handout per chapter, the matrix poster. The print page
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
		{ path: posterPdfPath, kind: 'poster', label: t('etom.pdf.poster') },
	];
}
