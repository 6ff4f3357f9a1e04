import { defaultLang } from '../i18n/locales.ts';
import { translator, type StringTables, type Translate } from '../i18n/strings.ts';
import { readingOrder, sidebar, type Chapter } from './book.ts';
import { catalogFromData, type Catalog, type CatalogData } from './catalog.ts';
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
	catalog: CatalogData;
	chapters: ChapterSource[];
	/** Course plans, checked against the chapters. */
	courses: Course[];
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
		this.sections = sectionIndex(data.paths.docsDir, data.chapters.flatMap((c) => c.sections));
		this.chapters = readingOrder(data.chapters);
		this.#sources = new Map(data.chapters.map((c) => [c.slug, c]));
	}

	/** A chapter's source by slug ('' for the landing page). */
	source(slug: string): ChapterSource | undefined {
		return this.#sources.get(slug);
	}

	/** UI strings of one edition. */
	t(lang: string = defaultLang): Translate {
		// Asked for on every page and every chapter compile: build each edition's table once.
		let t = this.#translators.get(lang);
		if (!t) this.#translators.set(lang, (t = translator(this.data.strings, lang)));
		return t;
	}

	glossary(lang: string = defaultLang): Glossary {
		return this.data.glossaries[lang] ?? this.data.glossaries[defaultLang]!;
	}

	/** URL of the section of a process or vertical under the base path, if a chapter has one. */
	sectionHref(id: string, base = '/'): string | undefined {
		const section = this.sections.get(id);
		return section ? hrefFor(section, base) : undefined;
	}

	/** Starlight's sidebar: one group per part. */
	sidebar() {
		return sidebar(this.data.chapters, this.data.strings);
	}
}
