import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runBuild } from '../../src/lib/build-runner.ts';

/** Every file under a folder, as sorted paths relative to it. */
const filesUnder = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
		.sort();

/** Where two versions of a file part: byte offset and a little text around it. */
function firstDifference(a: Buffer, b: Buffer): string {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 40).toString('utf8'));
	return `sizes ${a.length} and ${b.length}, first difference at byte ${i}:\n      first:  ${around(a)}\n      second: ${around(b)}`;
}

describe('the build is deterministic', () => {
	const dir = mkdtempSync(join(tmpdir(), 'etom-determinism-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('a second build of the same sources is identical, byte for byte', async () => {
		const first = inject('distDir');
		const second = join(dir, 'dist');
		// Its own cache folder: a cold build must give what the warm one gave.
		const build = await runBuild({ outDir: second, cacheDir: join(dir, 'cache') });
		expect(build.code, build.output).toBe(0);

		const a = filesUnder(first);
		const b = filesUnder(second);
		const inB = new Set(b);
		const inA = new Set(a);
		const problems: string[] = [
			...a.filter((f) => !inB.has(f)).map((f) => `  ${f}: only in the first build`),
			...b.filter((f) => !inA.has(f)).map((f) => `  ${f}: only in the second build`),
		];
		for (const file of a.filter((f) => inB.has(f))) {
			const x = readFileSync(join(first, file));
			const y = readFileSync(join(second, file));
			if (x.equals(y)) continue;
			problems.push(`  ${file}: ${firstDifference(x, y)}`);
		}
		expect(a.length, 'files in the first build').toBeGreaterThan(0);
		expect(problems.length, `${problems.length} file(s) differ between two builds of the same sources:\n${problems.join('\n')}`).toBe(0);
	}, 300_000);
});
