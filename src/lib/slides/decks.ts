import { chapterFrontmatter } from '../content/chapter-schema.ts';
import { hasSlideDeck, sessionSlides, slideDeckPath } from '../content/courses.ts';
import type { Handbook } from '../content/model.ts';
import { defaultLang, localePrefix } from '../i18n/locales.ts';
import { printBook } from '../print/book.ts';

/** A run of slides (or notes) that lists items: one slide, or more when the list is long. */
export interface ListSlide {
	kind: 'list';
	title: string;
	items: string[];
	ordered: boolean;
}

/** The diagrams of a chapter, one or more slides each, taken from its figures in the print book. */
export interface DiagramSlides {
	kind: 'diagrams';
	slug: string;
}

/** One block of speaker notes: a heading and what the trainer reads under it. */
export interface NotesBlock {
	title: string;
	items: string[];
}

/**
 * What a deck shows, in order, as the print page builds it: a title slide, then list and diagram
 * slides; and its speaker notes. Everything is taken from the sources: nothing is written for the
 * slides alone.
 */
export interface DeckContent {
	/** Where the deck's own pages go, inside dist/. */
	path: string;
	kicker: string;
	title: string;
	subtitle: string;
	slides: (ListSlide | DiagramSlides)[];
	notes: { title: string; blocks: NotesBlock[] };
}

/** A course day's deck: its own title and agenda slides, then the decks of its chapters. */
export interface DayDeck {
	path: string;
	notesPath: string;
	label: string;
	content: DeckContent;
	/** Chapter slugs whose decks (and notes) follow, in the order the sessions show them. */
	chapters: string[];
}

export interface ChapterDeck {
	path: string;
	notesPath: string;
	label: string;
	slug: string;
	content: DeckContent;
}

/** The speaker notes of a deck, beside it: `pdf/slides/<deck>-notes.pdf`. */
export const slideNotesPath = (deckPath: string) => deckPath.replace(/\.pdf$/, '-notes.pdf');

/** A course day's deck, e.g. `pdf/slides/etom-essentials-day-1.pdf`. */
export const courseDayDeckPath = (course: string, day: number) =>
	`pdf/slides/${course}-day-${day}.pdf`;

/**
 * One deck per teaching chapter (one with instructor notes), in reading order: title, objectives,
 * one slide (or more) per diagram, key takeaways, review questions without their answers; the
 * speaker notes hold the instructor notes and the answers.
 */
export function chapterDecks(handbook: Handbook, lang: string = defaultLang): ChapterDeck[] {
	const t = handbook.t(lang);
	const subtitle = editionLine(handbook, lang);
	return printBook(handbook.chaptersIn(lang)).flatMap((part) =>
		part.chapters.flatMap((chapter) => {
			const source = handbook.sourceIn(chapter.slug, lang);
			if (!source || !hasSlideDeck(source)) return [];
			const data = chapterFrontmatter.parse(source.data);
			const notes = data.instructor!;
			const list = (title: string, items: string[] = [], ordered = false): ListSlide[] =>
				items.length > 0 ? [{ kind: 'list', title, items, ordered }] : [];
			const path = `${localePrefix(lang)}${slideDeckPath(chapter.slug)}`;
			return [
				{
					path,
					notesPath: slideNotesPath(path),
					label: t('etom.slides.deck', { number: chapter.number, title: chapter.title }),
					slug: chapter.slug,
					content: {
						path,
						kicker: `${t('etom.site.title')} · ${t('etom.print.chapter', { number: chapter.number })}`,
						title: chapter.title,
						subtitle,
						slides: [
							...list(t('etom.training.objectives'), data.objectives),
							{ kind: 'diagrams', slug: chapter.slug },
							...list(t('etom.training.takeaways'), data.takeaways),
							...list(
								t('etom.training.review'),
								data.review?.map((r) => r.question),
								true
							),
						],
						notes: {
							title: t('etom.slides.notesTitle', { title: chapter.title }),
							blocks: [
								{
									title: t('etom.slides.timing'),
									items: [t('etom.slides.minutes', { minutes: notes.minutes })],
								},
								{ title: t('etom.slides.opening'), items: [notes.opening] },
								{ title: t('etom.slides.misconceptions'), items: notes.misconceptions },
								{ title: t('etom.slides.prompts'), items: notes.prompts },
								...(data.review?.length
									? [
											{
												title: t('etom.slides.answers'),
												items: data.review.map((r) => `${r.question} ${r.answer}`),
											},
										]
									: []),
							],
						},
					},
				},
			];
		})
	);
}

/**
 * One deck per day of each course plan: a title slide and the day's agenda (its sessions and their
 * minutes), then the deck of every chapter the day's sessions show, each once.
 */
export function courseDayDecks(handbook: Handbook, lang: string = defaultLang): DayDeck[] {
	const t = handbook.t(lang);
	const subtitle = editionLine(handbook, lang);
	return handbook.coursesIn(lang).flatMap((course) =>
		course.days.map((day, d) => {
			const path = `${localePrefix(lang)}${courseDayDeckPath(course.slug, d + 1)}`;
			return {
				path,
				notesPath: slideNotesPath(path),
				label: t('etom.slides.dayDeck', { course: course.title, day: day.title }),
				chapters: [...new Set(day.sessions.flatMap(sessionSlides))],
				content: {
					path,
					kicker: `${t('etom.site.title')} · ${course.title}`,
					title: day.title,
					subtitle,
					slides: [
						{
							kind: 'list',
							title: t('etom.slides.agenda'),
							items: day.sessions.map((s) =>
								t('etom.slides.session', { title: s.title, minutes: s.minutes })
							),
							ordered: true,
						},
					],
					notes: { title: '', blocks: [] },
				},
			};
		})
	);
}

const editionLine = (handbook: Handbook, lang: string) => {
	const t = handbook.t(lang);
	const { version, date } = handbook.data.edition;
	return t('etom.slides.edition', { title: t('etom.site.title'), version, date });
};
