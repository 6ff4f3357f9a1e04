import type { Handbook } from '../content/model.ts';
import { searchWords } from './ranking.ts';

/** Words shorter than this are left out: the dialog never corrects them (see spelling.ts). */
const MIN_LENGTH = 4;

/**
 * The words the search dialog corrects misspellings to (spelling.ts), for one edition: the words of
 * process and vertical names, earlier names and everyday terms, glossary terms and expansions and
 * chapter titles, in lower case, letters only, sorted. Words a reader is likely to look up, and few
 * enough (some hundreds) to load at once when a query word matches nothing.
 */
export function searchVocabulary(handbook: Handbook, lang?: string): string[] {
	const { catalog } = handbook;
	const texts = [
		...catalog.processes.flatMap((p) => [
			p.name,
			...p.aliases.map((a) => a.name),
			...p.terms.map((t) => t.term),
		]),
		...catalog.verticals.flatMap((v) => [v.name, ...v.aliases.map((a) => a.name)]),
		...handbook.glossary(lang).terms.flatMap((t) => [t.term, t.expansion]),
		...handbook.chapters.map((c) => c.title),
	];
	const words = texts
		.flatMap(searchWords)
		.filter((w) => w.length >= MIN_LENGTH && /^\p{L}+$/u.test(w));
	return [...new Set(words)].sort();
}
