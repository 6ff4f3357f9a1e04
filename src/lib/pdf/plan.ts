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
	/** The Level-0 area whose matrix a poster shows. */
	area?: string;
}

export const bookPdfPath = 'etom-handbook.pdf';
/** The matrix posters, by area: Operations keeps the path of the first edition's one poster. */
export const posterPaths: ReadonlyMap<string, string> = new Map([
	['1.1', 'pdf/etom-matrix-poster.pdf'],
	['1.2', 'pdf/etom-sip-matrix-poster.pdf'],
]);
export const posterPdfPath = posterPaths.get('1.1')!;
export const handoutPath = (slug: string) => `pdf/${slug.replaceAll('/', '-')}.pdf`;

/**
 * Every PDF of the handbook: the book, one handout per chapter, the matrix posters. The print page
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
		...[...posterPaths].map(([area, path]) => ({
			path,
			kind: 'poster' as const,
			label: t('etom.pdf.poster', { area: handbook.catalog.get(area).name }),
			area,
		})),
	];
}
