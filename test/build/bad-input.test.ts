import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, type Fixture } from '../helpers/fixture.ts';

/** Builds a fixture project with one mistake in it; the build must fail and its output say what and where. */
async function failsWith(
	name: string,
	expected: RegExp[],
	more: (build: Fixture) => void = () => {}
) {
	const build = await buildFixture(name);
	try {
		expect(build.code, build.output).not.toBe(0);
		for (const pattern of expected) expect(build.output).toMatch(pattern);
		more(build);
	} finally {
		build.cleanup();
	}
}

// Each case is a fixture project under test/fixtures/ with one mistake in it (its astro.config.mjs
// says which). They build side by side, each with its own .astro/ folder.
describe.concurrent('a build with bad input fails loudly', () => {
	it('on an unknown process id in a chapter', async () => {
		await failsWith('unknown-id', [
			/operations\/crm\.mdx:7: unknown process id "9\.9\.9" in <Process>/,
		]);
	});

	it('on an unknown process id in a plain Markdown chapter, which renders while the content syncs', async () => {
		await failsWith('unknown-id-markdown', [
			/operations\/crm\.md:9: unknown process id "9\.9\.9" in <ProcessLink>/,
		]);
	});

	it('on bad frontmatter, naming the file and the fields', async () => {
		await failsWith('bad-frontmatter', [
			/operations\/bad\.mdx/,
			/review\.0\.answer: Required/,
			/instructor\.minutes: .*210/,
			/instructor\.misconceptions/,
		]);
	});

	it('on an MDX syntax error, with the line, the column and the fix', async () => {
		await failsWith('mdx-syntax', [
			/operations\/bad\.mdx:7:1: MDX syntax error: Expected a closing tag for `<Process>`\. Fix the MDX there: close every tag and brace/,
		]);
	});

	it('on a catalog grouping that no chapter explains', async () => {
		await failsWith('missing-grouping', [
			/catalog\.yaml: 2 grouping\(s\) of the catalog have no chapter: F Fulfillment; A Assurance\./,
			/Give each a section with <Process id="\.\.\." \/>/,
		]);
	});

	it('on a broken internal link, before any PDF is written', async () => {
		await failsWith(
			'broken-link',
			[
				/Broken internal links[\s\S]*index\.mdx \(page \/\): \/operations\/missing\/: no such page/,
				/index\.mdx \(page \/\): \/#process-9-9: no element with id "process-9-9" on that page/,
			],
			(build) => {
				// The fixture asks for PDFs; the link check comes first and stops the build.
				expect(build.output).not.toMatch(/\[(search|social|pdf)\]/);
				expect(existsSync(join(build.outDir, 'etom-handbook.pdf'))).toBe(false);
			}
		);
	});

	it('on a duplicate catalog id', async () => {
		await failsWith('duplicate-id', [
			/catalog\/processes\.yaml:\d+: record "1\.1\.1\.5": duplicate id/,
		]);
	});

	it('on an unknown parent in the catalog', async () => {
		await failsWith('unknown-parent', [
			/catalog\/processes\.yaml:\d+: record "1\.1\.1\.6": unknown parent "1\.1\.8"/,
		]);
	});
});
