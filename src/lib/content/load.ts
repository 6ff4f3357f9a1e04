import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { defaultLang, editionsIn, langOfKey, sourceDocPath } from '../i18n/locales.ts';
import { readStrings } from '../i18n/strings.ts';
import { loadCatalog, type CatalogData } from './catalog.ts';
import { conceptsFileOf, loadConcepts } from './concepts.ts';
import { loadCatalogTranslation, type CatalogTranslation } from './catalog-translation.ts';
import { chapterCacheOf } from './chapter-cache.ts';
import { listDocs, readChapter, type ChapterSource } from './chapters.ts';
import { loadCourses, loadTranslatedCourses, type Course } from './courses.ts';
import { loadGlossary, type Glossary } from './glossary.ts';
import { groupingError, groupingsWithoutChapter } from './groupings.ts';
import { Handbook, type HandbookData } from './model.ts';
import { displayPath, type HandbookPaths } from './paths.ts';
import { citedSources, loadSources, sourcesFileOf } from './sources.ts';

/**
 * Reads and checks the handbook's sources into its content model. Throws the first problem found,
 * naming the file and line.
 */
export function loadHandbook(paths: HandbookPaths, version: string): Handbook {
	const catalog = loadCatalog(paths.catalogFile);
	const sourcesFile = sourcesFileOf(paths.catalogFile);
	const parses = chapterCacheOf(paths.root);
	const chapters = listDocs(paths.docsDir).map((file) => readChapter(paths.docsDir, file, parses));
	parses.save();
	checkTranslatedChapters(paths.docsDir, chapters);
	const editions = editionsIn(paths.docsDir).map(langOfKey);
	const catalogData: CatalogData = { file: catalog.file, processes: [...catalog.processes], verticals: [...catalog.verticals] };
	const glossaries: Record<string, Glossary> = {};
	const catalogTranslations: Record<string, CatalogTranslation> = {};
	for (const lang of editions) {
		glossaries[lang] = loadGlossary(paths.glossaryDir, lang);
		if (lang !== defaultLang) catalogTranslations[lang] = loadCatalogTranslation(catalogData, lang);
	}
	const courses = loadCourses(paths.coursesDir, chapters);
	const translatedCourses: Record<string, Course[]> = {};
	for (const lang of editions.filter((l) => l !== defaultLang)) translatedCourses[lang] = loadTranslatedCourses(paths.coursesDir, chapters, lang, courses);
	const data: HandbookData = {
		paths,
		editions,
		catalog: catalogData,
		catalogTranslations: Object.fromEntries(Object.entries(catalogTranslations).map(([lang, t]) => [lang, Object.fromEntries(t)])),
		chapters,
		courses,
		translatedCourses,
		glossaries,
		strings: readStrings(paths.i18nDir),
		edition: { version, date: editionDate(paths.root) },
		sources: citedSources(loadSources(sourcesFile), catalog.processes, sourcesFile),
		concepts: loadConcepts(
			conceptsFileOf(paths.catalogFile),
			new Set(chapters.map((c) => c.slug)),
			editions.filter((lang) => lang !== defaultLang)
		),
	};
	// Fail here, before any page is compiled: two sections for one process, or a grouping without one.
	const handbook = new Handbook(data);
	const missing = groupingsWithoutChapter(handbook.catalog, handbook.sections);
	if (missing.length > 0) throw new Error(groupingError(handbook.catalog, missing));
	return handbook;
}

/**
 * A translated chapter (content/docs/<lang>/...) must translate an English one and keep its
 * `<Process>` sections, in the same order: links from every edition point at the same anchors.
 */
function checkTranslatedChapters(docsDir: string, chapters: ChapterSource[]): void {
	const english = new Map(chapters.filter((c) => c.lang === defaultLang).map((c) => [c.file, c]));
	for (const chapter of chapters) {
		if (chapter.lang === defaultLang) continue;
		const shown = displayPath(join(docsDir, chapter.file));
		const source = english.get(sourceDocPath(chapter.file));
		if (!source)
			throw new Error(`${shown}: translates no English chapter (there is no ${displayPath(join(docsDir, sourceDocPath(chapter.file)))}). Give it the path of the chapter it translates, inside its language folder.`);
		const ids = (c: ChapterSource) => c.sections.map((s) => s.id).join(', ');
		if (ids(chapter) !== ids(source)) {
			const at = chapter.sections.find((s, i) => s.id !== source.sections[i]?.id) ?? chapter.sections.at(-1);
			throw new Error(`${shown}${at ? `:${at.line}` : ''}: its <Process> sections (${ids(chapter) || 'none'}) differ from the English chapter's (${ids(source) || 'none'}). Keep every <Process id="..." /> of ${displayPath(join(docsDir, source.file))}, in the same order.`);
		}
		if (chapter.tableIds.length !== source.tableIds.length)
			throw new Error(`${shown}: it has ${chapter.tableIds.length} captioned tables and the English chapter has ${source.tableIds.length}. Keep every table of ${displayPath(join(docsDir, source.file))} with its "Table: " caption (their ids are shared by all editions).`);
	}
}

/**
 * The date printed on the cover. Reproducible: SOURCE_DATE_EPOCH if set, else the date of the last
 * commit, so that two builds of one commit are identical; today only outside a git checkout.
 */
function editionDate(root: string): string {
	const epoch = process.env.SOURCE_DATE_EPOCH;
	if (epoch) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
	try {
		return execFileSync('git', ['log', '-1', '--format=%cs'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return new Date().toISOString().slice(0, 10);
	}
}
