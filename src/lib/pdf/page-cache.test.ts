import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedPages, storePages } from './page-cache.ts';

describe('the page cache', () => {
	let dir: string;
	let file: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'page-cache-'));
		file = join(dir, 'print', 'page-numbers.json');
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('gives back the pages stored for an edition and paper, and nothing for another', () => {
		expect(cachedPages(file, 'learner A4')).toBeUndefined();
		const pages = new Map([
			['order-handling', 106],
			['contents', 3],
		]);
		expect(storePages(file, 'learner A4', pages)).toBe(true);
		expect(cachedPages(file, 'learner A4')).toEqual(pages);
		expect(cachedPages(file, 'learner Letter')).toBeUndefined();
	});

	it('rewrites the file only when the pages changed, keeping the other books', () => {
		storePages(file, 'learner A4', new Map([['a', 1]]));
		storePages(file, 'instructor A4', new Map([['a', 2]]));
		const before = readFileSync(file, 'utf8');
		expect(storePages(file, 'learner A4', new Map([['a', 1]]))).toBe(false);
		expect(readFileSync(file, 'utf8')).toBe(before);
		expect(storePages(file, 'learner A4', new Map([['a', 5]]))).toBe(true);
		expect(cachedPages(file, 'instructor A4')).toEqual(new Map([['a', 2]]));
	});

	it('treats a damaged file as empty, and replaces it', () => {
		storePages(file, 'learner A4', new Map([['a', 1]]));
		writeFileSync(file, '{"books": {"learner A4": {"a": "one"}}}');
		expect(cachedPages(file, 'learner A4')).toBeUndefined();
		writeFileSync(file, '{"books": ');
		expect(cachedPages(file, 'learner A4')).toBeUndefined();
		expect(storePages(file, 'learner A4', new Map([['a', 1]]))).toBe(true);
		expect(cachedPages(file, 'learner A4')).toEqual(new Map([['a', 1]]));
	});
});
