import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChapterCache } from './chapter-cache.ts';
import type { ChapterSource } from './chapters.ts';

const chapter = (id: string): ChapterSource => ({
	file: 'operations/crm.mdx',
	slug: 'operations/crm',
	lang: 'en',
	data: { title: 'CRM' },
	sections: [{ id, slug: 'operations/crm', file: 'operations/crm.mdx', line: 5 }],
	headingIds: [],
	tableIds: [],
});

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'etom-chapter-cache-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));
const file = () => join(root, 'node_modules', '.cache', 'etom-handbook', 'chapters.json');

describe('the cache of parsed chapters', () => {
	it('gives a parse back for the same file and text only, as a copy, in this run and the next', () => {
		const cache = new ChapterCache(root);
		cache.set('operations/crm.mdx', 'text', chapter('1.1.1.5'));
		const got = cache.get('operations/crm.mdx', 'text')!;
		got.sections.length = 0;
		expect(cache.get('operations/crm.mdx', 'text')).toEqual(chapter('1.1.1.5'));
		expect(cache.get('operations/crm.mdx', 'other text')).toBeUndefined();
		expect(cache.get('operations/other.mdx', 'text')).toBeUndefined();
		cache.save();
		expect(new ChapterCache(root).get('operations/crm.mdx', 'text')).toEqual(chapter('1.1.1.5'));
	});

	it('forgets texts no load used, and every parse made by other parser code', () => {
		const cache = new ChapterCache(root);
		cache.set('operations/crm.mdx', 'old text', chapter('1.1.1.5'));
		cache.save();
		cache.set('operations/crm.mdx', 'new text', chapter('1.1.1.6'));
		cache.save();
		const next = new ChapterCache(root);
		expect(next.get('operations/crm.mdx', 'old text')).toBeUndefined();
		expect(next.get('operations/crm.mdx', 'new text')).toEqual(chapter('1.1.1.6'));

		const stored = JSON.parse(readFileSync(file(), 'utf8')) as { version: string };
		writeFileSync(file(), JSON.stringify({ ...stored, version: 'other parser code' }));
		expect(new ChapterCache(root).get('operations/crm.mdx', 'new text')).toBeUndefined();
		writeFileSync(file(), '{"version": ');
		expect(new ChapterCache(root).get('operations/crm.mdx', 'new text')).toBeUndefined();
	});
});
