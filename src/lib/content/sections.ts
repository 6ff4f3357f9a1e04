import { join } from 'node:path';
import { displayPath } from './paths.ts';
import { siteRoot } from '../base-path.ts';

/** Where a catalog entry (process or vertical) is explained: the chapter that holds its `<Process>`. */
export interface Section {
	id: string;
	/** Starlight slug of the chapter ('' for the landing page). */
	slug: string;
	/** File path relative to the docs folder, and the line of the `<Process>` tag. */
	file: string;
	line: number;
}

/** Starlight's slug for a docs file: its path without extension, with `index` dropped. */
export function slugOf(relPath: string): string {
	return relPath
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '')
		.toLowerCase();
}

/** Stable anchor of a section: `process-1-1-1-5` for ids, `vertical-osr` for vertical keys. */
export function anchorFor(id: string): string {
	return /^\d/.test(id) ? `process-${id.replaceAll('.', '-')}` : `vertical-${id.toLowerCase()}`;
}

/** URL of a section, under the site's base path. */
export function hrefFor(section: Section, base = '/'): string {
	const root = siteRoot(base);
	return `${root}${section.slug ? `${section.slug}/` : ''}#${anchorFor(section.id)}`;
}

/** Sections by id; two sections for one id is an error that names both places. */
export function sectionIndex(docsDir: string, sections: Section[]): Map<string, Section> {
	const index = new Map<string, Section>();
	for (const s of sections) {
		const first = index.get(s.id);
		if (first) {
			const at = (x: Section) => `${displayPath(join(docsDir, x.file))}:${x.line}`;
			throw new Error(`Process "${s.id}" has two <Process> sections, ${at(first)} and ${at(s)}. Keep one and link to it with <ProcessLink id="${s.id}" /> from the other.`);
		}
		index.set(s.id, s);
	}
	return index;
}
