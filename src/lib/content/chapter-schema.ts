import { z } from 'astro/zod';

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
});
