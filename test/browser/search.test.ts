import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { anchorFor } from '../../src/lib/content/sections.ts';
import { NO_RESULTS_PAGES } from '../../src/lib/search/tuning.ts';
import { chromiumForTests, readerSession } from '../helpers/browser.ts';
import { handbook } from '../helpers/handbook.ts';
import { searchDialog } from '../helpers/search-dialog.ts';

const chromium = chromiumForTests();
const { catalog } = handbook;
const t = handbook.t();

describe.skipIf(!chromium)('a reader searching the handbook', () => {
	const reader = readerSession(chromium);
	let page: Page;

	beforeAll(async () => {
		page = await reader.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${reader.server.url}operations/overview/`);
		await searchDialog(page).open();
	});

	/** Types a query in the search dialog and returns the links of the first result, in order. */
	const firstResult = async (query: string): Promise<string[]> =>
		(await searchDialog(page).search(query)).firstResult;

	// A sample across the rows, including an inferred id.
	const processes = ['1.1.1.5', '1.1.2.3', '1.1.3.3', '1.1.4.2'].map((id) => catalog.get(id));

	it.each(processes.map((p) => [p.name, p] as const))(
		'finds "%s" by name at its own section first',
		async (_, p) => {
			const links = await firstResult(p.name);
			expect(links[1], links.join('\n')).toMatch(new RegExp(`#${anchorFor(p.id)}$`));
		}
	);

	it.each(processes.map((p) => [p.id, p] as const))(
		'finds %s by id at its section first',
		async (_, p) => {
			const links = await firstResult(p.id);
			expect(links[1], links.join('\n')).toMatch(new RegExp(`#${anchorFor(p.id)}$`));
		}
	);

	it('finds an earlier name (an alias) at the process that replaced it', async () => {
		const links = await firstResult('Service & Specific Instance Rating');
		expect(links.join('\n')).toContain(`#${anchorFor('1.1.2.5')}`);
	});

	it('finds a glossary term in the glossary', async () => {
		await firstResult('Operations Readiness Testing');
		await page.locator('.pagefind-ui__result-title a').first().waitFor();
		const pages = await page
			.locator('.pagefind-ui__result-title a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		expect(pages, pages.join('\n')).toContain('/appendices/glossary/');
	});

	it('narrows the results with the area filter', async () => {
		await firstResult('process');
		const count = () => page.locator('.pagefind-ui__result').count();
		const before = await count();
		const areaFilter = page
			.locator('.pagefind-ui__filter-panel details')
			.filter({ hasText: t('etom.search.area') });
		await areaFilter.locator('summary').click();
		await areaFilter.getByLabel('Enterprise Management').check();
		await page.waitForFunction(
			(n) => document.querySelectorAll('.pagefind-ui__result').length < n,
			before
		);
		await page.locator('.pagefind-ui__result-title a').first().waitFor();
		const hrefs = await page
			.locator('.pagefind-ui__result-title a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.every((h) => h.includes('/enterprise/'))).toBe(true);
		// The filter stays set for later searches otherwise.
		await areaFilter.getByLabel('Enterprise Management').uncheck();
	});

	it('leaves the print edition and the generated indexes out of the results', async () => {
		await firstResult('Order Handling');
		const hrefs = await page
			.locator('.pagefind-ui__result a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.filter((h) => /\/print\/|\/process-index\/|\/answer-key\//.test(h))).toEqual([]);
	});

	it('offers the process index and the glossary when nothing matches', async () => {
		const outcome = await searchDialog(page).search('xyzzy plugh');
		expect(outcome.results).toBe(0);
		const offer = page.locator('[data-search-no-results]');
		await expect.poll(() => offer.isVisible()).toBe(true);
		expect(await offer.textContent()).toContain(t('etom.search.noResults'));
		const links = await offer
			.getByRole('link')
			.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
		expect(links).toEqual(
			NO_RESULTS_PAGES.map((slug) => [
				(handbook.source(slug)?.data as { title: string }).title,
				`/${slug}/`,
			])
		);

		await searchDialog(page).search('Order Handling');
		await expect.poll(() => offer.isVisible()).toBe(false);
	});

	it('corrects a misspelled word, finds what the reader meant and says so', async () => {
		const outcome = await searchDialog(page).search('chrun');
		expect(outcome.firstShown).toMatch(new RegExp(`#${anchorFor('1.1.1.9')}$`));
		const note = page.locator('[data-search-corrected]');
		await expect.poll(() => note.isVisible()).toBe(true);
		expect(await note.locator('q').textContent()).toBe('churn');

		await searchDialog(page).search('churn');
		await expect.poll(() => note.isVisible()).toBe(false);
	});
});
