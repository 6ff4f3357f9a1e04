import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumForTests, readerSession } from '../helpers/browser.ts';

const chromium = chromiumForTests();

describe.skipIf(!chromium)('a reader in Chromium', () => {
	const reader = readerSession(chromium);
	let page: Page;

	beforeAll(async () => {
		page = await reader.browser.newPage();
	});

	it('sees the landing page and follows the sidebar to the Operations overview', async () => {
		const response = await page.goto(reader.server.url);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1').first().textContent()).resolves.toContain('eTOM Handbook');

		const link = page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Operations overview' });
		await link.click();
		await page.waitForURL(/\/operations\/overview\/$/);
		await expect(page.locator('h1').first().textContent()).resolves.toBe('Operations overview');
		await expect(page.locator('table caption').textContent()).resolves.toBe('Operations');
	});

	it('finds the print edition from the sidebar, with its contents and the PDFs to download', async () => {
		await page.goto(`${reader.server.url}operations/crm/`);
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Print edition and PDF' })
			.click();
		await page.waitForURL(/\/print\/$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Contents' }).count()).resolves.toBe(
			1
		);
		// Every chapter is in the book, once, and the contents links to it.
		const chapterLinks = await page.locator('.toc__entry--chapter').count();
		await expect(page.locator('article.chapter').count()).resolves.toBe(chapterLinks);
		const download = page.getByRole('link', { name: /^The whole handbook, learner edition/ });
		const href = await download.getAttribute('href');
		expect(href).toBe('/etom-handbook.pdf');
		const response = await page.request.get(new URL(href!, reader.server.url).href);
		expect(response.headers()['content-type']).toBe('application/pdf');
	});

	it('prints a chapter without the site navigation', async () => {
		await page.goto(`${reader.server.url}operations/crm/`);
		await page.emulateMedia({ media: 'print' });
		try {
			for (const selector of [
				'nav.sidebar',
				'header.header',
				'.right-sidebar-container',
				'site-search',
			]) {
				await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
			}
			await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
		} finally {
			await page.emulateMedia({ media: 'screen' });
		}
	});
});
