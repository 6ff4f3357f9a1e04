import {
	closeSync,
	fsyncSync,
	mkdirSync,
	openSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

let writes = 0;

/** The temporary file of a write: hidden, in the target's folder, unique to this process and write. */
export const temporaryFileOf = (file: string): string =>
	join(dirname(file), `.${basename(file)}.${process.pid}-${++writes}.tmp`);

/**
 * Writes a file so that a reader, or a build killed at any moment, sees either the old file or the
 * new one, never part of it: the data goes to a temporary file in the same folder (so the rename
 * stays on one file system), is flushed to disk, and is renamed over the target. The temporary
 * name is unique per process and write, so parallel builds that share a cache never write into one
 * temporary file. A build killed mid-write leaves a `.<name>.<pid>-<n>.tmp` file, which nothing
 * reads (and git ignores).
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
	mkdirSync(dirname(file), { recursive: true });
	const tmp = temporaryFileOf(file);
	try {
		const fd = openSync(tmp, 'w');
		try {
			writeFileSync(fd, data);
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		renameSync(tmp, file);
	} catch (error) {
		rmSync(tmp, { force: true });
		throw error;
	}
}
