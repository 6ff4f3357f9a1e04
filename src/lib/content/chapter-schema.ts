import { z } from 'astro/zod';

/**
 * Frontmatter a chapter adds to Starlight's: the training apparatus. Objectives are rendered above
 * the chapter, takeaways and review questions below it; the answers feed the answer key.
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
});
