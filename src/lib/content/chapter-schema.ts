import { z } from 'astro/zod';

/** The longest a single chapter session may run: half a teaching day. */
export const MAX_CHAPTER_MINUTES = 210;

export const instructorNotes = z.strictObject({
	/** Minutes a trainer needs to teach the chapter, with its review questions and exercises. */
	minutes: z.number().int().min(15).max(MAX_CHAPTER_MINUTES),
	/** How to open the session: a question, a story or an artifact that starts the discussion. */
	opening: z.string().min(1),
	misconceptions: z.array(z.string().min(1)).min(1),
	prompts: z.array(z.string().min(1)).min(1),
});
export type InstructorNotes = z.infer<typeof instructorNotes>;

/**
 * Frontmatter a chapter adds to Starlight's: the training apparatus. Objectives are rendered above
 * the chapter; takeaways, review questions and exercises below it; the answers feed the answer key.
 */
export const chapterFrontmatter = z.object({
	objectives: z.array(z.string().min(1)).optional(),
	takeaways: z.array(z.string().min(1)).optional(),
	review: z
		.array(
			z.strictObject({
				question: z.string().min(1),
				answer: z.string().min(1),
			})
		)
		.optional(),
	/**
	 * Class exercises: a task a trainer can run (a mapping task on a ticket, an order, an org chart,
	 * an RFP) and its model answer, which goes to the answer key.
	 */
	exercises: z
		.array(
			z.strictObject({
				title: z.string().min(1),
				task: z.string().min(1),
				answer: z.string().min(1),
			})
		)
		.optional(),
	/**
	 * Notes for whoever teaches the chapter. Only the instructor edition of the print book shows
	 * them (never the site, the search index or the learner edition); the course plans read the
	 * timing.
	 */
	instructor: instructorNotes.optional(),
});
