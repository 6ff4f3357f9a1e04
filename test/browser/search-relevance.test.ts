import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { anchorFor } from '../../src/lib/content/sections.ts';
import { chromiumForTests, readerSession } from '../helpers/browser.ts';
import { handbook } from '../helpers/handbook.ts';
import { loadRelevanceSet, type RelevanceQuery } from '../helpers/relevance-set.ts';
import { searchDialog } from '../helpers/search-dialog.ts';

// Search as readers use it: the relevance set (search-relevance.yaml) typed into the real search
// dialog of the built handbook, each query checked for the section it shows first.
const chromium = chromiumForTests();
const set = loadRelevanceSet();

describe('the search relevance set', () => {
	it('holds at least 60 distinct reader queries of every kind, with the misses of issue 17', () => {
		expect(set.queries.length).toBeGreaterThanOrEqual(60);
		expect(new Set(set.queries.map((q) => q.query.toLowerCase())).size).toBe(set.queries.length);
		const kinds = new Set(set.queries.map((q) => q.kind));
		expect([...kinds].sort()).toEqual(['jargon', 'misspelling', 'symptom', 'task']);
		expect(set.queries.filter((q) => q.kind === 'misspelling').length).toBeGreaterThanOrEqual(3);
		expect(set.queries.filter((q) => q.issue)).toHaveLength(7);
	});

	it('expects only sections that the handbook has', () => {
		const unknown = set.queries.filter((q) => !handbook.sections.has(q.expect));
		expect(unknown.map((q) => `${q.query}: ${q.expect}`)).toEqual([]);
	});
});

describe.skipIf(!chromium)('search relevance in the real search dialog', () => {
	const reader = readerSession(chromium);
	let page: Page;
	const outcomes: Array<RelevanceQuery & { shown: string | undefined; hit: boolean }> = [];

	beforeAll(async () => {
		page = await reader.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${reader.server.url}operations/overview/`);
		const dialog = searchDialog(page);
		await dialog.open();
		const started = performance.now();
		for (const [i, q] of set.queries.entries()) {
			const { firstShown } = await dialog.search(q.query);
			const hit = firstShown?.endsWith(`#${anchorFor(q.expect)}`) ?? false;
			outcomes.push({ ...q, shown: firstShown, hit });
			if ((i + 1) % 20 === 0)
				console.log(`[relevance] ${i + 1}/${set.queries.length} queries typed`);
		}
		const hits = outcomes.filter((o) => o.hit).length;
		console.log(
			`[relevance] ${hits}/${outcomes.length} queries (${percent(hits / outcomes.length)}) show the expected section first, in ${((performance.now() - started) / 1000).toFixed(1)} s`
		);
	}, 600_000);

	const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
	const report = (misses: typeof outcomes) =>
		misses
			.map(
				(m) =>
					`  "${m.query}" (${m.kind}): expected ${m.expect} ${handbook.catalog.byId(m.expect)?.name ?? m.expect}, first shown ${m.shown ?? 'nothing'}`
			)
			.join('\n');

	it(`shows the expected section first for at least ${100 * set.minimum}% of the queries`, () => {
		const misses = outcomes.filter((o) => !o.hit);
		const rate = (outcomes.length - misses.length) / outcomes.length;
		expect(
			rate,
			`${percent(rate)} first-shown, below ${percent(set.minimum)}; misses:\n${report(misses)}`
		).toBeGreaterThanOrEqual(set.minimum);
	});

	it('shows the expected section first for each miss reported in issue 17', () => {
		const misses = outcomes.filter((o) => o.issue && !o.hit);
		expect(misses, report(misses)).toEqual([]);
	});
});
