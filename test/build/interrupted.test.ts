import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/lib/astro-build.ts';
import { findBrowser } from '../../src/lib/browser.ts';
import { readCached } from '../../src/lib/diagrams/cache.ts';
import { distFiles } from '../../src/lib/postbuild/dist.ts';
import { pngComplete } from '../../src/lib/social/image.ts';
import { fixtureRoot } from '../helpers/fixture.ts';

// The fixture test/fixtures/interrupted-build: four pages, eleven diagrams that no committed cache
// holds, social images and PDFs. Each build gets its outDir, and its diagram folder and social
// cache (from FIXTURE_DIAGRAMS_DIR and FIXTURE_SOCIAL_CACHE_DIR), under one temporary folder.
const root = fixtureRoot('interrupted-build');
const diagramCount = readdirSync(join(root, 'content', 'docs'), {
	recursive: true,
	encoding: 'utf8',
})
	.filter((f) => f.endsWith('.mdx'))
	.reduce(
		(n, f) =>
			n +
			(readFileSync(join(root, 'content', 'docs', f), 'utf8').match(/^```mermaid$/gm)?.length ?? 0),
		0
	);

const hashes = (dir: string) =>
	new Map(
		distFiles(dir).map((f) => [
			f,
			createHash('sha256')
				.update(readFileSync(join(dir, f)))
				.digest('hex'),
		])
	);

const files = (dir: string, ext: string) =>
	readdirSync(dir)
		.filter((f) => f.endsWith(ext))
		.map((f) => join(dir, f));

describe.skipIf(!findBrowser().found)(
	'a build killed midway (SIGKILL to its process group)',
	() => {
		it('leaves only whole files, and the next build makes the same dist/ as a clean build', async () => {
			const work = mkdtempSync(join(tmpdir(), 'etom-interrupted-'));
			const build = (run: string, caches: string, killWhen?: RegExp) =>
				runBuild({
					root,
					outDir: join(work, run, 'dist'),
					env: {
						FIXTURE_DIAGRAMS_DIR: join(work, caches, 'diagrams'),
						FIXTURE_SOCIAL_CACHE_DIR: join(work, caches, 'social'),
					},
					killWhen,
				});
			const diagramCache = join(work, 'kept', 'diagrams', 'cache');
			const socialCache = join(work, 'kept', 'social');
			try {
				// Killed during diagram rendering, as soon as the first diagram is rendered and cached.
				const diagrams = await build('diagrams-killed', 'kept', /\[diagrams\] rendered /);
				expect(diagrams.killed, diagrams.output).toBe(true);
				const renderedBeforeKill = diagrams.output.match(/\[diagrams\] rendered /g)?.length ?? 0;
				expect(renderedBeforeKill, diagrams.output).toBeLessThan(diagramCount);
				expect(diagrams.output).not.toMatch(/\[diagrams\] \d+ diagrams:/);
				// Every entry the killed build left in the cache is whole.
				for (const file of files(diagramCache, '.json')) {
					const key = file.slice(diagramCache.length + 1, -'.json'.length);
					expect(readCached(key, diagramCache), file).toHaveProperty('found');
				}

				// Killed during the PDF step, right after the book was written.
				const pdf = await build('pdf-killed', 'kept', /\[pdf\] wrote etom-handbook\.pdf/);
				expect(pdf.killed, pdf.output).toBe(true);
				expect(pdf.output).toMatch(
					new RegExp(
						`\\[diagrams\\] ${diagramCount} diagrams: ${diagramCount - renderedBeforeKill} rendered`
					)
				);
				expect(pdf.output).not.toMatch(/\[pdf\] \d+ PDFs:/);
				const written = distFiles(join(work, 'pdf-killed', 'dist'), '.pdf');
				expect(written).toContain('etom-handbook.pdf');
				for (const file of written) {
					const bytes = readFileSync(join(work, 'pdf-killed', 'dist', file));
					expect(bytes.subarray(-8).toString('latin1'), `${file} is whole`).toMatch(/%%EOF\s*$/);
				}

				// A cache entry of each kind cut short, as a crash of an older build could have left it:
				// the next build must draw both again, not publish them.
				const [damagedDiagram] = files(diagramCache, '.json');
				truncateSync(damagedDiagram!, 100);
				const [damagedImage] = files(socialCache, '.png');
				truncateSync(damagedImage!, 1000);

				const resumed = await build('resumed', 'kept');
				expect(resumed.code, resumed.output).toBe(0);
				expect(resumed.output).toMatch(
					/\[diagrams\] diagrams\/cache\/\w+\.json is damaged \(not JSON .*\): rendering .* again/
				);
				expect(resumed.output).toMatch(
					new RegExp(
						`\\[diagrams\\] ${diagramCount} diagrams: 1 rendered in [\\d.]+ s, ${diagramCount - 1} from cache`
					)
				);
				expect(resumed.output).toMatch(/\[social\] \d+ images: 1 drawn/);
				expect(pngComplete(readFileSync(damagedImage!))).toBe(true);

				const clean = await build('clean', 'fresh');
				expect(clean.code, clean.output).toBe(0);
				const want = hashes(join(work, 'clean', 'dist'));
				const got = hashes(join(work, 'resumed', 'dist'));
				expect([...got.keys()]).toEqual([...want.keys()]);
				expect(
					[...want.keys()].filter((f) => got.get(f) !== want.get(f)),
					'files that differ from a clean build'
				).toEqual([]);
				expect([...want.keys()]).toContain('pdf/etom-matrix-poster.pdf');
			} finally {
				rmSync(work, { recursive: true, force: true });
			}
		}, 300_000);
	}
);
