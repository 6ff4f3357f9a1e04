/**
 * The reader's self-check progress on one chapter: which review questions they have committed an
 * answer to. It lives in the browser's localStorage only, under one key per chapter, and is never
 * sent anywhere; the answers a reader types are not stored at all.
 */

/** The localStorage key of a chapter's progress. */
export const progressKey = (slug: string): string => `etom-self-check:${slug}`;

/**
 * The answered questions (0-based) from a stored value. Anything unreadable (another version's
 * format, a hand-edited value, a chapter that lost questions) counts as no progress or is dropped,
 * never an error.
 */
export function readProgress(stored: string | null, questions: number): Set<number> {
	if (stored === null) return new Set();
	let value: unknown;
	try {
		value = JSON.parse(stored);
	} catch {
		return new Set();
	}
	if (!Array.isArray(value)) return new Set();
	return new Set(value.filter((i): i is number => Number.isInteger(i) && i >= 0 && i < questions));
}

/** The value to store for a set of answered questions: a sorted JSON array. */
export const writeProgress = (answered: Set<number>): string =>
	JSON.stringify([...answered].sort((a, b) => a - b));

/** A UI string with its `{{done}}` and `{{total}}` placeholders filled in. */
export const progressText = (template: string, done: number, total: number): string =>
	template.replaceAll('{{done}}', String(done)).replaceAll('{{total}}', String(total));
