import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryFileOf, writeFileAtomic } from './atomic.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'etom-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
	it('writes a new file, making its folders, and leaves no temporary file', () => {
		const file = join(dir, 'a', 'b', 'book.pdf');
		writeFileAtomic(file, Buffer.from([1, 2, 3]));
		expect(readFileSync(file)).toEqual(Buffer.from([1, 2, 3]));
		expect(readdirSync(dirname(file))).toEqual(['book.pdf']);
	});

	it('replaces an existing file with the new content', () => {
		const file = join(dir, 'results.json');
		writeFileSync(file, 'old, and longer than the new content');
		writeFileAtomic(file, 'new');
		expect(readFileSync(file, 'utf8')).toBe('new');
		expect(readdirSync(dir)).toEqual(['results.json']);
	});

	it('keeps what was there and removes its temporary file when the rename fails', () => {
		// A folder with a file in it cannot be replaced by a file.
		const target = join(dir, 'cache.json');
		mkdirSync(target);
		writeFileSync(join(target, 'keep'), 'kept');
		expect(() => writeFileAtomic(target, '{}')).toThrow();
		expect(readFileSync(join(target, 'keep'), 'utf8')).toBe('kept');
		expect(readdirSync(dir)).toEqual(['cache.json']);
	});

	it('writes through a hidden temporary file in the same folder, unique per write', () => {
		const file = join(dir, 'og', 'index.png');
		const a = temporaryFileOf(file);
		const b = temporaryFileOf(file);
		expect(dirname(a)).toBe(dirname(file));
		expect(a).toMatch(new RegExp(`/\\.index\\.png\\.${process.pid}-\\d+-\\d+\\.tmp$`));
		expect(a).not.toBe(b);
	});
});
