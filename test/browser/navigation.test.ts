import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../src/lib/static-server.ts';
import { chromiumForTests } from '../helpers/browser.ts';

const chromium = chromiumForTests();

describe.skipIf(!chromium)('a reader in Chromium', () => {
	let browser: Browser;
	let server: StaticServer;
	let page: Page;

	beforeAll(async () => {
		server = await serveStatic(inject('distDir'));
		browser = await launchChromium(chromium);
		page = await browser.newPage();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('sees the landing page and follows the sidebar to the Operations overview', async () => {
		const response = await page.goto(server.url);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1').first().textContent()).resolves.toContain('eTOM Handbook');

		const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Operations overview' });
		await link.click();
		await page.waitForURL(/\/operations\/overview\/$/);
		await expect(page.locator('h1').first().textContent()).resolves.toBe('Operations overview');
		await expect(page.locator('table caption').textContent()).resolves.toBe('Operations');
	});
});
