/**
 * The print editions of the book, printed from one page template (src/pages/print/[...edition].astro):
 * - `learner`: exercises with ruled space to write in, no model answers, no instructor notes;
 * - `instructor`: the same pages plus each chapter's instructor notes and the model answers to its
 *   review questions and exercises.
 * The answer-key appendix is in neither: the learner edition must not hold answers, and the
 * instructor edition has them beside their questions.
 */
export const editions = ['learner', 'instructor'] as const;
export type Edition = (typeof editions)[number];

/** The chapter that collects every answer; only the site shows it. */
export const answerKeySlug = 'appendices/answer-key';

/** The edition's segment after `print/` in the URL: none for the learner edition, which is /print/. */
export const editionParam = (edition: Edition): string | undefined =>
	edition === 'learner' ? undefined : edition;

/** The edition's print page inside the site, e.g. `print/` or `print/instructor/`. */
export const printPagePath = (edition: Edition): string =>
	edition === 'learner' ? 'print/' : `print/${edition}/`;

/** Whether an edition prints the model answers and the instructor notes. */
export const showsAnswers = (edition: Edition): boolean => edition === 'instructor';
