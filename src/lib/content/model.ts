import { defaultLang, editionRoot, localePrefix } from '../i18n/locales.ts';
import { translator, type StringTables, type Translate } from '../i18n/strings.ts';
import { readingOrder, sidebar, type Chapter } from './book.ts';
import { catalogFromData, type Catalog, type CatalogData } from './catalog.ts';
import type { LocalRecord } from './catalog-translation.ts';
import type { ChapterSource } from './chapters.ts';
import type { Course } from './courses.ts';
import type { Glossary } from './glossary.ts';
import type { HandbookPaths } from './paths.ts';
import type { Concept } from './concepts.ts';
import type { Source } from './sources.ts';
import { hrefFor, sectionIndex, type Section } from './sections.ts';

/**
 * Everything the build knows about the handbook's content, read and validated once per build (and
 * again by the dev server when a source changes): the catalog, every chapter's frontmatter and
 * sections, the glossaries and UI strings, the edition. Plain data, so it can be handed to the
 * pages as a virtual module; {@link Handbook} puts the lookups on top.
 */
export interface HandbookData {
	paths: HandbookPaths;
	/** The languages of the editions, English first (src/lib/i18n/locales.ts: editionsIn). */
	editions: string[];
	catalog: CatalogData;
	/** Each other edition's names, summaries and everyday terms of the catalog's records, by id. */
	catalogTranslations: Record<string, Record<string, LocalRecord>>;
	chapters: ChapterSource[];
	/** Course plans, checked against the chapters. */
	courses: Course[];
	/** Each other edition's course plans (the English plan where one is not translated yet). */
	translatedCourses: Record<string, Course[]>;
	glossaries: Record<string, Glossary>;
	strings: StringTables;
	edition: { version: string; date: string };
	/** The sources the catalog cites, in key order: the print edition's list of sources. */
	sources: Source[];
	/** The key concepts of the print edition's index (content/catalog/concepts.yaml). */
	concepts: Concept[];
}

/** The content model with its lookups; cheap to build from {@link HandbookData}. */
export class Handbook {
	readonly data: HandbookData;
	readonly catalog: Catalog;
	/** Sections by process id or vertical key. */
	readonly sections: Map<string, Section>;
	/** Chapters of the book (under a part's folder) in reading order. */
	readonly chapters: Chapter[];
	readonly #sources: Map<string, ChapterSource>;
	readonly #translators = new Map<string, Translate>();

	constructor(data: HandbookData) {
		this.data = data;
		this.catalog = catalogFromData(data.catalog);
		// Sections are the English chapters': a translation keeps them (checked when loading), at the
		// same anchors under its language's prefix.
		this.sections = sectionIndex(
			data.paths.docsDir,
			data.chapters.filter((c) => c.lang === defaultLang).flatMap((c) => c.sections)
		);
		this.chapters = readingOrder(data.chapters);
		this.#sources = new Map(data.chapters.map((c) => [c.slug, c]));
	}

	/** A chapter's source by slug ('' for the landing page). */
	source(slug: string): ChapterSource | undefined {
		return this.#sources.get(slug);
	}

	/** A chapter's source in an edition: its translation, or the English one while there is none. */
	sourceIn(slug: string, lang: string = defaultLang): ChapterSource | undefined {
		return this.#sources.get(`${localePrefix(lang)}${slug}`) ?? this.#sources.get(slug);
	}

	/** The chapters of the book in an edition: reading order and slugs of the English ones, titles of its own. */
	chaptersIn(lang: string = defaultLang): Chapter[] {
		if (lang === defaultLang) return this.chapters;
		return this.chapters.map((c) => {
			const title = this.sourceIn(c.slug, lang)?.data.title;
			return typeof title === 'string' ? { ...c, title } : c;
		});
	}

	/** UI strings of one edition. */
	t(lang: string = defaultLang): Translate {
		// Asked for on every page and every chapter compile: build each edition's table once.
		let t = this.#translators.get(lang);
		if (!t) this.#translators.set(lang, (t = translator(this.data.strings, lang)));
		return t;
	}

	/** The course plans in an edition's language. */
	coursesIn(lang: string = defaultLang): Course[] {
		return this.data.translatedCourses[lang] ?? this.data.courses;
	}

	glossary(lang: string = defaultLang): Glossary {
		return this.data.glossaries[lang] ?? this.data.glossaries[defaultLang]!;
	}

	/**
	 * URL of the section of a process or vertical in an edition, under the base path, if a chapter
	 * has one. An edition's page exists even before it is translated (Starlight serves the English
	 * one there), so the link stays in the reader's language.
	 */
	sectionHref(id: string, base = '/', lang: string = defaultLang): string | undefined {
		const section = this.sections.get(id);
		return section ? hrefFor(section, editionRoot(base, lang)) : undefined;
	}

	/** A catalog record's text in an edition (its local name, summary, everyday terms); none in English. */
	local(id: string, lang: string): LocalRecord | undefined {
		return this.data.catalogTranslations[lang]?.[id];
	}

	/** Starlight's sidebar: one group per part. */
	sidebar() {
		return sidebar(this.data.chapters, this.data.strings);
	}
}
