import { z } from 'zod';

/** A chapter as a course names it: its slug, the path of its page (`operations/fulfillment`). */
const chapterSlug = z
	.string()
	.regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'a chapter slug is the path of its page, e.g. "operations/fulfillment"');

const session = z.strictObject({
	title: z.string().min(1),
	minutes: z.number().int().min(5),
	/** Chapters taught in the session; none for a break, a recap or an assessment. */
	chapters: z.array(chapterSlug).default([]),
	/** Class exercises run in the session, by title; each belongs to one of the session's chapters. */
	exercises: z.array(z.string().min(1)).default([]),
	/**
	 * Slide decks shown, by chapter slug (the deck `pdf/slides/<chapter>.pdf`); the session's
	 * chapters when left out.
	 */
	slides: z.array(chapterSlug).optional(),
	/** What the trainer does in the session, in a sentence or two. */
	activity: z.string().min(1).optional(),
});

const day = z.strictObject({
	title: z.string().min(1),
	/** The teaching day's length, breaks included: the sessions' minutes must add up to it. */
	minutes: z.number().int().min(60).max(600),
	sessions: z.array(session).min(1),
});

export const courseSchema = z.strictObject({
	title: z.string().min(1),
	summary: z.string().min(1),
	audience: z.string().min(1),
	/** Place of the course on the trainer's page: the shorter course first. */
	order: z.number().int(),
	days: z.array(day).min(1),
});

export type CourseData = z.infer<typeof courseSchema>;
export type CourseSession = CourseData['days'][number]['sessions'][number];
