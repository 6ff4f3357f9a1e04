import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const file = join(import.meta.dirname, '..', 'browser', 'search-relevance.yaml');

const relevanceSet = z.strictObject({
	minimum: z.number().gt(0).max(1),
	queries: z.array(
		z.strictObject({
			query: z.string().min(1),
			expect: z.string().min(1),
			kind: z.enum(['task', 'symptom', 'jargon', 'misspelling']),
			issue: z.boolean().default(false),
		})
	),
});

export type RelevanceQuery = z.infer<typeof relevanceSet>['queries'][number];

/** The search relevance set (test/browser/search-relevance.yaml): reader queries and their sections. */
export function loadRelevanceSet(): z.infer<typeof relevanceSet> {
	const parsed = relevanceSet.safeParse(parse(readFileSync(file, 'utf8')));
	if (!parsed.success) {
		throw new Error(
			`Invalid ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`
		);
	}
	return parsed.data;
}
