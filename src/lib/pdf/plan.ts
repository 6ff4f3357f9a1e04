import type { Handbook } from '../content/model.ts';
import { defaultLang, localePrefix } from '../i18n/locales.ts';
import { printBook } from '../print/book.ts';
import { editions, type Edition } from '../print/editions.ts';
import { chapterDecks, courseDayDecks } from '../slides/decks.ts';

export type Paper = 'A4' | 'Letter';

/** A PDF the build writes: where in dist/, what it is, and its label in the downloads list. */
export interface PlannedPdf {
	/**
	 * Path inside dist/, e.g. `etom-handbook.pdf` or `pdf/operations-crm.pdf`; another edition's
	 * under its prefix, `es/etom-handbook.pdf`.
	 */
	path: string;
	/** The language of the PDF: the edition it belongs to. */
	lang: string;
	kind: 'book' | 'handout' | 'worksheet' | 'course-plan' | 'poster' | 'slides' | 'slide-notes';
	label: string;
	/** The edition a book is (learner or instructor). */
	edition?: Edition;
	/** The chapter a handout, worksheet or chapter's slide deck holds. */
	slug?: string;
	/** The course (its plan's file name) a course plan shows. */
	course?: string;
	/** The Level-0 area whose matrix a poster shows. */
	area?: string;
}

/** A slide deck or its speaker notes: the downloads list them in a group of their own. */
export const isSlidePdf = (p: PlannedPdf) => p.kind === 'slides' || p.kind === 'slide-notes';

export const bookPdfPath = 'etom-handbook.pdf';
/** Where an edition of the book goes: the learner edition keeps the book's path. */
export const editionPdfPath = (edition: Edition) =>
	edition === 'learner' ? bookPdfPath : `etom-handbook-${edition}.pdf`;
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
export const worksheetPath = (slug: string) => `pdf/worksheets/${slug.replaceAll('/', '-')}.pdf`;
export const coursePlanPath = (course: string) => `pdf/courses/${course}.pdf`;

/**
 * Every PDF of the handbook: the book in each edition, one handout per chapter, one worksheet per
 * chapter with exercises, one plan per course, a poster of each area's matrix (an area with
 * verticals: Operations and SIP), a 16:9 slide deck with its speaker notes per teaching chapter and
 * per course day (src/lib/slides/decks.ts). The print page and the trainer's page list them and the PDF step
 * writes them, from this one list. Each edition (language) has its own, under its prefix.
 */
export function pdfPlan(handbook: Handbook, lang: string = defaultLang): PlannedPdf[] {
	const t = handbook.t(lang);
	const chapters = printBook(handbook.chaptersIn(lang)).flatMap((part) => part.chapters);
	const handouts = chapters.map((c) => ({
		path: handoutPath(c.slug),
		kind: 'handout' as const,
		label: `${c.number}. ${c.title}`,
		slug: c.slug,
	}));
	const worksheets = chapters
		.filter((c) => hasExercises(handbook, c.slug))
		.map((c) => ({
			path: worksheetPath(c.slug),
			kind: 'worksheet' as const,
			label: `${c.number}. ${c.title}`,
			slug: c.slug,
		}));
	const courses = handbook.coursesIn(lang).map((course) => ({
		path: coursePlanPath(course.slug),
		kind: 'course-plan' as const,
		label: t('etom.pdf.coursePlan', { title: course.title }),
		course: course.slug,
	}));
	const prefix = localePrefix(lang);
	const files: Omit<PlannedPdf, 'lang'>[] = [
		...editions.map((edition) => ({
			path: editionPdfPath(edition),
			kind: 'book' as const,
			label: t(`etom.pdf.book.${edition}`),
			edition,
		})),
		...courses,
		...handouts,
		...worksheets,
		...matrixAreas(handbook).map((area) => ({
			path: posterPath(area),
			kind: 'poster' as const,
			label: t('etom.pdf.poster', { area: handbook.catalog.get(area).name }),
			area,
		})),
	];
	// The decks' paths carry the edition's prefix already: the slides are laid out under them.
	const decks = [...chapterDecks(handbook, lang), ...courseDayDecks(handbook, lang)].flatMap(
		(deck): PlannedPdf[] => [
			{
				path: deck.path,
				kind: 'slides',
				label: deck.label,
				lang,
				...('slug' in deck ? { slug: deck.slug } : {}),
			},
			{
				path: deck.notesPath,
				kind: 'slide-notes',
				label: t('etom.slides.notes', { deck: deck.label }),
				lang,
				...('slug' in deck ? { slug: deck.slug } : {}),
			},
		]
	);
	return [...files.map((f) => ({ ...f, path: `${prefix}${f.path}`, lang })), ...decks];
}

/** The Level-0 areas that have a matrix (verticals), in catalog order. */
const matrixAreas = (handbook: Handbook) => [
	...new Set(handbook.catalog.verticals.map((v) => v.area)),
];

const hasExercises = (handbook: Handbook, slug: string) => {
	const exercises = handbook.source(slug)?.data.exercises;
	return Array.isArray(exercises) && exercises.length > 0;
};
