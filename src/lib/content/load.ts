import { execFileSync } from 'node:child_process';
import { locales } from '../i18n/locales.ts';
import { readStrings } from '../i18n/strings.ts';
import { loadCatalog } from './catalog.ts';
import { conceptsFileOf, loadConcepts } from './concepts.ts';
import { listDocs, readChapter } from './chapters.ts';
import { loadCourses } from './courses.ts';
import { loadGlossary, type Glossary } from './glossary.ts';
import { groupingError, groupingsWithoutChapter } from './groupings.ts';
import { Handbook, type HandbookData } from './model.ts';
import type { HandbookPaths } from './paths.ts';
import { citedSources, loadSources, sourcesFileOf } from './sources.ts';

/**
 * Reads and checks the handbook's sources into its content model. Throws the first problem found,
 * naming the file and line.
 */
export function loadHandbook(paths: HandbookPaths, version: string): Handbook {
	const catalog = loadCatalog(paths.catalogFile);
	const sourcesFile = sourcesFileOf(paths.catalogFile);
	const chapters = listDocs(paths.docsDir).map((file) => readChapter(paths.docsDir, file));
	const glossaries: Record<string, Glossary> = {};
	for (const { lang } of Object.values(locales)) glossaries[lang] = loadGlossary(paths.glossaryDir, lang);
	const data: HandbookData = {
		paths,
		catalog: { file: catalog.file, processes: [...catalog.processes], verticals: [...catalog.verticals] },
		chapters,
		courses: loadCourses(paths.coursesDir, chapters),
		glossaries,
		strings: readStrings(paths.i18nDir),
		edition: { version, date: editionDate(paths.root) },
		sources: citedSources(loadSources(sourcesFile), catalog.processes, sourcesFile),
		concepts: loadConcepts(conceptsFileOf(paths.catalogFile), new Set(chapters.map((c) => c.slug))),
	};
	// Fail here, before any page is compiled: two sections for one process, or a grouping without one.
	const handbook = new Handbook(data);
	const missing = groupingsWithoutChapter(handbook.catalog, handbook.sections);
	if (missing.length > 0) throw new Error(groupingError(handbook.catalog, missing));
	return handbook;
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
