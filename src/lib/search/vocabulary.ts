import type { Handbook } from '../content/model.ts';
import { defaultLang } from '../i18n/locales.ts';
import { searchWords } from './ranking.ts';

/** Words shorter than this are left out: the dialog never corrects them (see spelling.ts). */
const MIN_LENGTH = 4;

/**
 * The words the search dialog corrects misspellings to (spelling.ts), for one edition: the words of
 * process and vertical names, earlier names and everyday terms, glossary terms and expansions and
 * chapter titles, in lower case, letters only, sorted; in another edition, also the catalog's names
 * and everyday terms in its language, and its glossary and chapter titles instead of the English
 * ones (the official English names stay searchable in every edition). Words a reader is likely to
 * look up, and few enough (some hundreds) to load at once when a query word matches nothing.
 */
export function searchVocabulary(handbook: Handbook, lang: string = defaultLang): string[] {
	const { catalog } = handbook;
	const local = (id: string) => {
		const record = handbook.local(id, lang);
		return [record?.local ?? '', ...(record?.terms ?? [])];
	};
	const texts = [
		...catalog.processes.flatMap((p) => [
			p.name,
			...p.aliases.map((a) => a.name),
			...p.terms.map((t) => t.term),
			...local(p.id),
		]),
		...catalog.verticals.flatMap((v) => [v.name, ...v.aliases.map((a) => a.name), ...local(v.key)]),
		...handbook.glossary(lang).terms.flatMap((t) => [t.term, t.expansion]),
		...handbook.chaptersIn(lang).map((c) => c.title),
	];
	const words = texts
		.flatMap(searchWords)
		.filter((w) => w.length >= MIN_LENGTH && /^\p{L}+$/u.test(w));
	return [...new Set(words)].sort();
}
