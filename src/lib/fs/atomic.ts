import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

let writes = 0;

/**
 * The temporary file of a write: hidden, in the target's folder, unique to this process, thread
 * (social images are drawn on worker threads) and write.
 */
export const temporaryFileOf = (file: string): string =>
	join(dirname(file), `.${basename(file)}.${process.pid}-${threadId}-${++writes}.tmp`);

/**
 * Writes a file so that a reader, or a build killed at any moment, sees either the old file or the
 * new one, never part of it: the data goes to a temporary file in the same folder (so the rename
 * stays on one file system) and is renamed over the target. The temporary name is unique per
 * process and write, so parallel builds that share a cache never write into one temporary file. A
 * build killed mid-write leaves a `.<name>.<pid>-<thread>-<n>.tmp` file, which nothing reads (and git
 * ignores). No fsync: it would guard against a power cut, not a killed process, at about 4 ms a
 * file (seconds for a thousand social images), and the caches validate what they read anyway.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
	mkdirSync(dirname(file), { recursive: true });
	const tmp = temporaryFileOf(file);
	try {
		writeFileSync(tmp, data);
		renameSync(tmp, file);
	} catch (error) {
		rmSync(tmp, { force: true });
		throw error;
	}
}
