import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic.ts';
import type { ChapterSource } from './chapters.ts';

/**
 * What a chapter's parse depends on besides its text: the code that reads chapters and the parsers
 * it uses. A change to any of them makes every cached parse stale.
 */
function parserVersion(): string {
	const require = createRequire(import.meta.url);
	const sources = [
		'./chapters.ts',
		'./sections.ts',
		'./yaml-source.ts',
		'./text-file.ts',
		'../markdown/html-tags.ts',
		'../markdown/table-caption.ts',
		'../i18n/locales.ts',
	].map((file) => readFileSync(new URL(file, import.meta.url)));
	const packages = ['remark-parse', 'remark-mdx', 'micromark', 'yaml', 'github-slugger'].map(
		(name) => {
			try {
				return `${name}@${(require(`${name}/package.json`) as { version: string }).version}`;
			} catch {
				return `${name}@?`;
			}
		}
	);
	const hash = createHash('sha256');
	for (const source of sources) hash.update(source);
	return hash.update(packages.join(' ')).digest('hex');
}

interface CacheFile {
	version: string;
	chapters: Record<string, ChapterSource>;
}

/**
 * Parsed chapters by their file and text: in memory for the dev server, which reloads the content
 * model whenever a source is saved, and on disk between runs (`node_modules/.cache/etom-handbook/`
 * under the project root), so a build or a dev server start parses only the chapters that changed.
 * An MDX parse of every chapter took most of the second the content model needs to load. Only whole
 * parses are kept: a chapter that fails is read again, and fails again, every time.
 */
export class ChapterCache {
	readonly #file: string;
	readonly #version: string;
	#chapters = new Map<string, ChapterSource>();
	#changed = false;
	#used = new Set<string>();

	constructor(root: string) {
		this.#file = join(root, 'node_modules', '.cache', 'etom-handbook', 'chapters.json');
		this.#version = parserVersion();
		try {
			const stored = JSON.parse(readFileSync(this.#file, 'utf8')) as CacheFile;
			if (stored.version === this.#version)
				this.#chapters = new Map(Object.entries(stored.chapters));
		} catch {
			// No cache yet, or an unreadable one: every chapter is parsed.
		}
	}

	static #key = (file: string, text: string) =>
		createHash('sha256').update(file).update('\0').update(text).digest('hex');

	/** The parse of `file` with this text, if one is kept; a copy the caller may change. */
	get(file: string, text: string): ChapterSource | undefined {
		const key = ChapterCache.#key(file, text);
		const chapter = this.#chapters.get(key);
		if (!chapter) return undefined;
		this.#used.add(key);
		return structuredClone(chapter);
	}

	set(file: string, text: string, chapter: ChapterSource): void {
		const key = ChapterCache.#key(file, text);
		this.#chapters.set(key, structuredClone(chapter));
		this.#used.add(key);
		this.#changed = true;
	}

	/** Writes the parses used since the last save to disk (older texts are dropped), if any is new. */
	save(): void {
		const unused = [...this.#chapters.keys()].filter((key) => !this.#used.has(key));
		if (unused.length > 0) this.#changed = true;
		if (this.#changed) {
			for (const key of unused) this.#chapters.delete(key);
			const stored: CacheFile = {
				version: this.#version,
				chapters: Object.fromEntries(this.#chapters),
			};
			try {
				writeFileAtomic(this.#file, JSON.stringify(stored));
			} catch {
				// A read-only project still builds; it parses every chapter each time.
			}
		}
		this.#changed = false;
		this.#used.clear();
	}
}

const caches = new Map<string, ChapterCache>();

/** The chapter cache of a project root, one per process. */
export function chapterCacheOf(root: string): ChapterCache {
	let cache = caches.get(root);
	if (!cache) {
		cache = new ChapterCache(root);
		caches.set(root, cache);
	}
	return cache;
}
