import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { loadCatalog } from '../content/catalog.ts';
import { catalogTranslationFile } from '../content/catalog-translation.ts';
import type { HandbookPaths } from '../content/paths.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { defaultLang, keyOfLang, locales } from './locales.ts';
import { readStrings } from './strings.ts';

/**
 * One English source and its translation in an edition. `status`: `missing` (no translation),
 * `outdated` (the English changed since the translation was last marked current), `unmarked` (a
 * translation never marked: nobody has said which English it translates) or `current`.
 */
export interface TranslationItem {
	source: string;
	translation: string;
	status: 'missing' | 'outdated' | 'unmarked' | 'current';
}

export interface EditionStatus {
	lang: string;
	items: TranslationItem[];
	/** UI strings of content/i18n/en.json with no text in the edition's file. */
	missingStrings: string[];
	/** Catalog records with no summary in the edition's `processes.<lang>.yaml`. */
	missingSummaries: string[];
}

/** The hash a translation is marked against: the English file's content, so any edit shows. */
export const contentHash = (file: string) =>
	createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);

/** Where an edition records the English it translates: `content/i18n/translated.<lang>.json`. */
export const markFile = (paths: HandbookPaths, lang: string) =>
	join(paths.i18nDir, `translated.${lang}.json`);

const filesIn = (dir: string, pattern: RegExp, recursive: boolean): string[] =>
	existsSync(dir)
		? readdirSync(dir, { recursive, encoding: 'utf8' })
				.map((f) => f.split('\\').join('/'))
				.filter((f) => pattern.test(f))
				.sort()
		: [];

/**
 * Every English source of an edition and where its translation goes, as paths relative to the
 * project root: chapters, the glossary, the UI strings, the catalog's text, course plans, diagrams.
 */
export function translationPairs(paths: HandbookPaths, lang: string): [string, string][] {
	const key = keyOfLang(lang);
	const rel = (file: string) => relative(paths.root, file).split('\\').join('/');
	const otherKeys = new Set(Object.keys(locales).filter((k) => k !== 'root'));
	const chapters = filesIn(paths.docsDir, /\.mdx?$/, true).filter(
		(f) => !otherKeys.has(f.split('/')[0]!)
	);
	return [
		...chapters.map((f): [string, string] => [join(paths.docsDir, f), join(paths.docsDir, key, f)]),
		[join(paths.glossaryDir, `${defaultLang}.yaml`), join(paths.glossaryDir, `${lang}.yaml`)],
		[join(paths.i18nDir, `${defaultLang}.json`), join(paths.i18nDir, `${lang}.json`)],
		[paths.catalogFile, catalogTranslationFile(paths.catalogFile, lang)],
		...filesIn(paths.coursesDir, /\.ya?ml$/, false).map((f): [string, string] => [
			join(paths.coursesDir, f),
			join(paths.coursesDir, key, f),
		]),
		...filesIn(paths.diagramsDir, /^[^/]+\.mmd$/, false).map((f): [string, string] => [
			join(paths.diagramsDir, f),
			join(paths.diagramsDir, key, f),
		]),
	].map(([source, translation]): [string, string] => [rel(source!), rel(translation!)]);
}

const readMarks = (paths: HandbookPaths, lang: string): Record<string, string> =>
	existsSync(markFile(paths, lang))
		? (JSON.parse(readFileSync(markFile(paths, lang), 'utf8')) as Record<string, string>)
		: {};

/** What an edition lacks, and what has changed in English since it was translated. */
export function editionStatus(paths: HandbookPaths, lang: string): EditionStatus {
	const marks = readMarks(paths, lang);
	const at = (file: string) => join(paths.root, file);
	const items = translationPairs(paths, lang).map(([source, translation]): TranslationItem => {
		const status = !existsSync(at(translation))
			? 'missing'
			: !marks[source]
				? 'unmarked'
				: marks[source] === contentHash(at(source))
					? 'current'
					: 'outdated';
		return { source, translation, status };
	});
	const strings = readStrings(paths.i18nDir);
	const english = strings[defaultLang] ?? {};
	const local = strings[lang] ?? {};
	// Read as it is, not validated: the report lists what an unfinished translation lacks.
	const catalogText = catalogTranslationFile(paths.catalogFile, lang);
	const summaries = existsSync(catalogText)
		? ((parse(readFileSync(catalogText, 'utf8')) ?? {}) as {
				processes?: Record<string, { summary?: string }>;
				verticals?: Record<string, { summary?: string }>;
			})
		: {};
	const catalog = loadCatalog(paths.catalogFile);
	return {
		lang,
		items,
		missingStrings: Object.keys(english).filter((k) => !local[k]?.trim()),
		missingSummaries: [
			...catalog.processes.map((p) => p.id).filter((id) => !summaries.processes?.[id]?.summary),
			...catalog.verticals.map((v) => v.key).filter((k) => !summaries.verticals?.[k]?.summary),
		],
	};
}

/**
 * Records that the translations of `sources` (all translated ones when none are given) translate the
 * English as it is now; a later edit of the English then shows them as outdated.
 */
export function markCurrent(paths: HandbookPaths, lang: string, sources: string[] = []): string[] {
	const marks = readMarks(paths, lang);
	const translated = translationPairs(paths, lang).filter(
		([source, translation]) =>
			existsSync(join(paths.root, translation)) &&
			(sources.length === 0 || sources.includes(source))
	);
	for (const [source] of translated) marks[source] = contentHash(join(paths.root, source));
	const sorted = Object.fromEntries(Object.entries(marks).sort(([a], [b]) => a.localeCompare(b)));
	writeFileAtomic(markFile(paths, lang), `${JSON.stringify(sorted, null, '\t')}\n`);
	return translated.map(([source]) => source);
}

/** The report `npm run translations` prints: a summary line per edition, then what to do. */
export function statusReport(statuses: EditionStatus[]): string {
	const lines: string[] = [];
	for (const s of statuses) {
		const count = (status: TranslationItem['status']) => s.items.filter((i) => i.status === status);
		const translated = s.items.length - count('missing').length;
		lines.push(
			`[translations] ${s.lang}: ${translated}/${s.items.length} files translated, ${count('outdated').length} outdated, ${count('unmarked').length} unmarked; ${s.missingStrings.length} UI strings and ${s.missingSummaries.length} catalog summaries missing`
		);
		for (const status of ['missing', 'outdated', 'unmarked'] as const)
			for (const item of count(status))
				lines.push(`  ${status}: ${item.translation} (from ${item.source})`);
		if (s.missingStrings.length > 0)
			lines.push(`  strings missing: ${s.missingStrings.join(', ')}`);
		if (s.missingSummaries.length > 0)
			lines.push(`  summaries missing: ${s.missingSummaries.join(', ')}`);
	}
	return lines.join('\n');
}

/** True when an edition has nothing missing or outdated. */
export const isComplete = (s: EditionStatus) =>
	s.items.every((i) => i.status === 'current') &&
	s.missingStrings.length === 0 &&
	s.missingSummaries.length === 0;
