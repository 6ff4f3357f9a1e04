import {
	commonPrefix,
	isId,
	pageWords,
	searchWords,
	type PageData,
	type PageResult,
} from './ranking.ts';
import { RESULTS_RANKED } from './tuning.ts';

/**
 * Spelling correction for the search dialog. Pagefind matches words by stem and prefix only: a
 * misspelled word ("chrun") matches nothing, or, as Pagefind falls back to the longest indexed word
 * that begins it, some unrelated short word ("c"). So after a search, each query word that none of
 * the loaded results matched is compared with the handbook's vocabulary (the words of process
 * names, everyday terms, glossary entries and chapter titles: see `vocabulary.ts`), and replaced by
 * the nearest word within a small edit distance.
 */

/** Words shorter than this are never corrected: too many words are one edit away from them. */
const MIN_LENGTH = 4;

/** Edits allowed to correct a word: one up to six letters, two from seven. */
const allowedEdits = (word: string) => (word.length < 7 ? 1 : 2);

/**
 * Optimal string alignment distance: the insertions, deletions, substitutions and swaps of two
 * neighboring letters that turn one word into the other (a swap counts once, as in "chrun").
 * Hand-written: the small npm packages measure plain Levenshtein distance, which counts a swap as
 * two edits.
 */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
	);
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d = Math.min(d, rows[i - 2]![j - 2]! + 1);
			}
			rows[i]![j] = d;
		}
	}
	return rows[a.length]![b.length]!;
}

/**
 * The query words that no loaded result matched: a result matched a word when one of its match
 * locations holds a word sharing the word's beginning, at least all but its last three letters
 * (a stem: "payment" for "paying", "dispatch" for "dispatching"), and at least three letters. Only
 * words that could be corrected are returned (letters only, {@link MIN_LENGTH} or longer).
 */
export function unmatchedWords(query: readonly string[], pages: readonly PageData[]): string[] {
	const matched = new Set<string>();
	for (const page of pages) {
		const words = pageWords(page);
		for (const { location } of page.weighted_locations ?? []) {
			if (location === undefined) continue;
			for (const part of searchWords(words[location] ?? '')) {
				for (const q of query) {
					if (commonPrefix(part, q) >= Math.max(3, q.length - 3)) matched.add(q);
				}
			}
		}
	}
	return query.filter(
		(q) => !matched.has(q) && q.length >= MIN_LENGTH && !isId(q) && /^\p{L}+$/u.test(q)
	);
}

/**
 * The nearest vocabulary word to a word, within {@link allowedEdits}; between equally near words,
 * the one sharing the longest beginning, then the first in vocabulary order. Undefined when the
 * word is in the vocabulary or nothing is near enough.
 */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
	if (vocabulary.includes(word)) return undefined;
	let best: string | undefined;
	let bestDistance = allowedEdits(word);
	let bestShared = -1;
	for (const candidate of vocabulary) {
		if (Math.abs(candidate.length - word.length) > bestDistance) continue;
		const distance = editDistance(word, candidate);
		if (distance > bestDistance) continue;
		const shared = commonPrefix(word, candidate);
		if (distance < bestDistance || (distance === bestDistance && shared > bestShared)) {
			[best, bestDistance, bestShared] = [candidate, distance, shared];
		}
	}
	return best;
}

/**
 * The query with its misspelled words corrected, or undefined when every word matched or none has
 * a correction. `results` are the query's results as Pagefind returned them (the first
 * {@link RESULTS_RANKED} are read: the ranking has loaded them already); the vocabulary is loaded
 * only when a word matched nothing.
 */
export async function correctQuery(
	query: string,
	results: readonly PageResult[],
	vocabulary: () => Promise<readonly string[]>
): Promise<string | undefined> {
	const words = searchWords(query);
	const loaded = await Promise.all(
		results.slice(0, RESULTS_RANKED).map((r) => r.data().catch(() => undefined))
	);
	const unmatched = new Set(
		unmatchedWords(
			words,
			loaded.filter((d) => d !== undefined)
		)
	);
	if (unmatched.size === 0) return undefined;
	const known = await vocabulary();
	let changed = false;
	const corrected = words.map((w) => {
		const better = unmatched.has(w) ? nearestWord(w, known) : undefined;
		if (better) changed = true;
		return better ?? w;
	});
	return changed ? corrected.join(' ') : undefined;
}
