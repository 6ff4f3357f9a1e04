import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { displayPath, docsDir } from './paths.ts';

/** Where a catalog entry (process or vertical) is explained: the chapter that holds its `<Process>`. */
export interface Section {
	id: string;
	/** Starlight slug of the chapter ('' for the landing page). */
	slug: string;
	/** File path relative to the docs folder, and the line of the `<Process>` tag. */
	file: string;
	line: number;
}

const processTag = /<Process\s+id=["']([^"']+)["']/g;

/** Every .md/.mdx file under `dir`, as paths relative to it, in a stable order. */
export function listDocs(dir: string = docsDir()): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.mdx?$/.test(f) && !f.split(sep).some((part) => part.startsWith('_')))
		.map((f) => f.split(sep).join('/'))
		.sort();
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
	const root = base.endsWith('/') ? base : `${base}/`;
	return `${root}${section.slug ? `${section.slug}/` : ''}#${anchorFor(section.id)}`;
}

/**
 * Scans the chapters for `<Process id="...">` tags. A plain scan rather than an MDX parse: it runs
 * before any chapter is compiled (links in one chapter need the sections of all the others), and
 * the tag is ours, written one way.
 */
export function findSections(dir: string = docsDir()): Section[] {
	const sections: Section[] = [];
	for (const file of listDocs(dir)) {
		const text = readFileSync(join(dir, file), 'utf8');
		for (const match of text.matchAll(processTag)) {
			const line = text.slice(0, match.index).split('\n').length;
			sections.push({ id: match[1]!, slug: slugOf(file), file, line });
		}
	}
	return sections;
}

const cache = new Map<string, { signature: string; index: Map<string, Section> }>();

/**
 * Sections by id; two sections for one id is an error that names both places. Pages and
 * components ask for it on every page, so it is kept until a chapter file changes.
 */
export function sectionIndex(dir: string = docsDir()): Map<string, Section> {
	const signature = listDocs(dir)
		.map((f) => `${f}@${statSync(join(dir, f)).mtimeMs}`)
		.join('|');
	const hit = cache.get(dir);
	if (hit?.signature === signature) return hit.index;
	const index = buildSectionIndex(dir);
	cache.set(dir, { signature, index });
	return index;
}

function buildSectionIndex(dir: string): Map<string, Section> {
	const index = new Map<string, Section>();
	for (const s of findSections(dir)) {
		const first = index.get(s.id);
		if (first) {
			const at = (x: Section) => `${displayPath(join(dir, x.file))}:${x.line}`;
			throw new Error(`Process "${s.id}" has two <Process> sections, ${at(first)} and ${at(s)}. Keep one and link to it with <ProcessLink id="${s.id}" /> from the other.`);
		}
		index.set(s.id, s);
	}
	return index;
}

/**
 * Links to sections: a function giving the URL of the section of a process or vertical, under the
 * site's base path, if a chapter has one. It reads the section index once, for all its calls.
 */
export function sectionLinker(base = '/'): (id: string) => string | undefined {
	const index = sectionIndex();
	return (id) => {
		const section = index.get(id);
		return section ? hrefFor(section, base) : undefined;
	};
}
