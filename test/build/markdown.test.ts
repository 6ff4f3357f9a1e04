import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, elements, parseHtml } from '../../src/lib/postbuild/dist.ts';
import { SEARCH_FILTER } from '../../src/lib/search/tuning.ts';
import { buildFixture, type Fixture } from '../helpers/fixture.ts';

// The fixture project test/fixtures/markdown-features: a chapter with plain headings, a :::note
// aside, and a <Process> section at depth 3 that another paragraph links to; and a plain Markdown
// chapter (.md) with catalog tags.
describe("chapters get Starlight's Markdown features and the catalog tags", () => {
	let build: Fixture;
	let tree: ReturnType<typeof parseHtml>;
	beforeAll(async () => {
		build = await buildFixture('markdown-features');
		if (build.code !== 0) throw new Error(`build failed:\n${build.output.slice(-2500)}`);
		tree = parseHtml(
			readFileSync(join(build.outDir, 'operations', 'features', 'index.html'), 'utf8')
		);
	});
	afterAll(() => build?.cleanup());

	const byClass = (name: string) =>
		elements(tree, (el) => (attr(el, 'className') ?? '').split(' ').includes(name));

	it("gives headings Starlight's anchor links", () => {
		const links = byClass('sl-anchor-link').map((a) => attr(a, 'href'));
		expect(links).toContain('#a-plain-heading');
		expect(links).toContain('#process-1-1-1-5');
	});

	it('renders a :::note as an aside', () => {
		const [aside] = byClass('starlight-aside--note');
		expect(aside?.tagName).toBe('aside');
	});

	it('indexes <Process depth="3"> like any section: it renders at depth 3 and links resolve to it', () => {
		const heading = elements(tree, (el) => attr(el, 'id') === 'process-1-1-1-5')[0];
		expect(heading?.tagName).toBe('h3');
		const links = elements(
			tree,
			(el) => el.tagName === 'a' && attr(el, 'dataProcessId') === '1.1.1.5'
		).map((a) => attr(a, 'href'));
		expect(links).toEqual(['/operations/features/#process-1-1-1-5']);
		// Its level and grouping reach the page's search filters.
		const filters = elements(tree, (el) => attr(el, 'dataPagefindFilter') !== undefined).map(
			(el) => `${attr(el, 'dataPagefindFilter')}`
		);
		expect(filters).toEqual(expect.arrayContaining(Object.keys(SEARCH_FILTER)));
	});

	it('reads the catalog tags of a plain Markdown (.md) chapter as MDX reads them', () => {
		const plain = parseHtml(
			readFileSync(join(build.outDir, 'operations', 'plain', 'index.html'), 'utf8')
		);
		const heading = elements(plain, (el) => attr(el, 'id') === 'process-1-1-1-6')[0];
		expect(heading?.tagName).toBe('h2');
		const facts = elements(plain, (el) => (attr(el, 'className') ?? '').includes('process-facts'));
		expect(facts).toHaveLength(1);
		const links = elements(
			plain,
			(el) => el.tagName === 'a' && attr(el, 'dataProcessId') === '1.1.1.5'
		);
		expect(links.map((a) => attr(a, 'href'))).toEqual([
			'/operations/features/#process-1-1-1-5',
			'/operations/features/#process-1-1-1-5',
		]);
		const text = (node: (typeof links)[number]): string =>
			node.children
				.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : ''))
				.join('');
		expect(text(links[1]!)).toBe('the desk that takes orders');
		expect(text(links[0]!)).not.toBe('');
		expect(elements(plain, (el) => el.tagName.toLowerCase() === 'processlink')).toEqual([]);
	});
});
