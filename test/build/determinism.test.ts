import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { distFiles } from '../../src/lib/postbuild/dist.ts';
import { buildFixture } from '../helpers/fixture.ts';

/** Where two versions of a file part: byte offset and a little text around it. */
function firstDifference(a: Buffer, b: Buffer): string {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	const around = (buf: Buffer) =>
		JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 40).toString('utf8'));
	return `sizes ${a.length} and ${b.length}, first difference at byte ${i}:\n      first:  ${around(a)}\n      second: ${around(b)}`;
}

describe('the build is deterministic', () => {
	it('a second build of the same sources is identical, byte for byte', async () => {
		const first = inject('distDir');
		// The global setup built the fixture project test/fixtures/handbook; build it again. (Astro's
		// scoped-style class names depend on the project root, so both builds use the same one.)
		const build = await buildFixture('handbook');
		try {
			expect(build.code, build.output).toBe(0);
			const second = build.outDir;

			const a = distFiles(first);
			const b = distFiles(second);
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
			expect(
				problems.length,
				`${problems.length} file(s) differ between two builds of the same sources:\n${problems.join('\n')}`
			).toBe(0);
		} finally {
			build.cleanup();
		}
	}, 300_000);
});
