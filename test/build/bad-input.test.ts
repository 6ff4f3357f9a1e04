import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, chapter } from '../helpers/fixture.ts';

// Each case builds a small fixture handbook with the real configuration and one mistake in it. The
// build must fail, and its output must name the file and the problem.
describe('a build with bad input fails loudly', () => {
	it('on an unknown process id in a chapter', async () => {
		const build = await buildFixture({
			'index.mdx': chapter('Home', 'Welcome.'),
			'operations/crm.mdx': chapter('CRM', 'Intro.\n\n<Process id="9.9.9" />'),
		});
		try {
			expect(build.code).not.toBe(0);
			expect(build.output).toMatch(/operations\/crm\.mdx:7: unknown process id "9\.9\.9" in <Process>/);
		} finally {
			build.cleanup();
		}
	});

	it('on bad frontmatter, naming the file and the fields', async () => {
		const build = await buildFixture({
			'index.mdx': chapter('Home', 'Welcome.'),
			'operations/bad.mdx': '---\ndescription: A chapter without a title\nreview:\n  - question: Why?\n---\n\nText.\n',
		});
		try {
			expect(build.code).not.toBe(0);
			expect(build.output).toMatch(/operations\/bad\.mdx/);
			expect(build.output).toMatch(/title: Required/);
			expect(build.output).toMatch(/review\.0\.answer: Required/);
		} finally {
			build.cleanup();
		}
	});

	it('on a catalog grouping that no chapter explains', async () => {
		const build = await buildFixture(
			{ 'index.mdx': chapter('Home', '<Process id="1.1" />\n\n<Process id="1.1.1" />') },
			{ groupings: false }
		);
		try {
			expect(build.code).not.toBe(0);
			expect(build.output).toMatch(/catalog\/processes\.yaml: \d+ grouping\(s\) of the catalog have no chapter: 1\.1\.2 Service Management & Operations;/);
			expect(build.output).toMatch(/Give each a section with <Process id="\.\.\." \/>/);
		} finally {
			build.cleanup();
		}
	});

	it('on a broken internal link', async () => {
		const build = await buildFixture({
			'index.mdx': chapter('Home', 'See [the missing chapter](/operations/missing/) and [a bad anchor](/#process-9-9).'),
		});
		try {
			expect(build.code).not.toBe(0);
			expect(build.output).toMatch(/Broken internal links[\s\S]*index\.mdx \(page \/\): \/operations\/missing\/: no such page/);
			expect(build.output).toMatch(/index\.mdx \(page \/\): \/#process-9-9: no element with id "process-9-9" on that page/);
		} finally {
			build.cleanup();
		}
	});

	const catalogCase = (name: string, edit: (yaml: string) => string, expected: RegExp) =>
		it(name, async () => {
			const build = await buildFixture(
				{ 'index.mdx': chapter('Home', '<Process id="1.1" />') },
				{
					edit: ({ contentDir }) => {
						const file = join(contentDir, 'catalog', 'processes.yaml');
						writeFileSync(file, edit(readFileSync(file, 'utf8')));
					},
				}
			);
			try {
				expect(build.code).not.toBe(0);
				expect(build.output).toMatch(expected);
			} finally {
				build.cleanup();
			}
		});

	catalogCase(
		'on a duplicate catalog id',
		(yaml) => yaml.replace('  - id: "1.1.1.6"\n', '  - id: "1.1.1.5"\n'),
		/catalog\/processes\.yaml:\d+: record "1\.1\.1\.5": duplicate id/
	);

	catalogCase(
		'on an unknown parent in the catalog',
		(yaml) => yaml.replace(/(  - id: "1\.1\.1\.6"\n(?:    .*\n)*?    parent: )"1\.1\.1"/, '$1"1.1.8"'),
		/catalog\/processes\.yaml:\d+: record "1\.1\.1\.6": unknown parent "1\.1\.8"/
	);
});
