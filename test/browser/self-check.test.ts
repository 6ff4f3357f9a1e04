import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressKey } from '../../src/lib/self-check/progress.ts';
import { chromiumForTests, readerSession } from '../helpers/browser.ts';
import { handbook } from '../helpers/handbook.ts';

// The review questions as a self-check (issue 14): with JavaScript the reader commits before the
// explained answer shows, by keyboard alone, and the progress survives a reload in localStorage
// only; without JavaScript every answer is a <details> to open.
const chromium = chromiumForTests();
const slug = 'operations/crm';
const review = handbook.source(slug)!.data.review as { question: string; answer: string }[];
const t = handbook.t();
const progress = (done: number) =>
	t('etom.selfCheck.progress', { done: String(done), total: String(review.length) });

describe.skipIf(!chromium)('the self-check of a chapter in Chromium', () => {
	const reader = readerSession(chromium);
	const contexts: BrowserContext[] = [];
	const open = async (browser: Browser, javaScriptEnabled: boolean): Promise<Page> => {
		const context = await browser.newContext({ javaScriptEnabled });
		contexts.push(context);
		const page = await context.newPage();
		await page.goto(`${reader.server.url}${slug}/`);
		return page;
	};
	afterAll(async () => {
		for (const context of contexts) await context.close();
	});

	describe('with JavaScript', () => {
		let page: Page;
		beforeAll(async () => {
			page = await open(reader.browser, true);
		});

		it('hides each answer until the reader commits, and shows the progress in the header', async () => {
			const header = page.locator('[data-self-check-progress]');
			await expect(header.textContent()).resolves.toContain(progress(0));
			await expect(header.locator('a').getAttribute('href')).resolves.toBe('#training-review');
			await expect(page.locator('.self-check__answer').first().isVisible()).resolves.toBe(false);
			await expect(page.getByText(review[0]!.answer).isVisible()).resolves.toBe(false);
			await expect(
				page.getByRole('button', { name: t('etom.selfCheck.commit') }).count()
			).resolves.toBe(review.length);
		});

		it('takes an answer by keyboard, then shows and focuses the explanation', async () => {
			const draft = page.getByRole('textbox', { name: t('etom.selfCheck.draft') }).first();
			await draft.focus();
			await page.keyboard.type('Customer Interface Management takes the call.');
			await page.keyboard.press('Tab');
			await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
				t('etom.selfCheck.commit')
			);
			await page.keyboard.press('Enter');
			const answer = page.locator('.self-check__answer p').first();
			await answer.waitFor({ state: 'visible' });
			await expect(answer.textContent()).resolves.toBe(review[0]!.answer);
			await expect(answer.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
			await expect(page.locator('[data-self-check-status]').textContent()).resolves.toBe(
				progress(1)
			);
			await expect(page.locator('[data-self-check-progress]').textContent()).resolves.toContain(
				progress(1)
			);
			// The second question still waits for its answer.
			await expect(page.locator('.self-check__answer').nth(1).isVisible()).resolves.toBe(false);
		});

		it('keeps the progress per chapter in localStorage only, across a reload', async () => {
			const stored = await page.evaluate((key) => localStorage.getItem(key), progressKey(slug));
			expect(stored).toBe('[0]');
			await page.reload();
			await expect(page.locator('[data-self-check-progress]').textContent()).resolves.toContain(
				progress(1)
			);
			// The answered question offers its answer again, closed; no commit step.
			await expect(page.locator('.self-check__answer').first().isVisible()).resolves.toBe(true);
			await expect(page.locator('[data-self-check-commit]').first().isVisible()).resolves.toBe(
				false
			);
			// Another chapter has its own progress.
			await page.goto(`${reader.server.url}operations/fulfillment/`);
			await expect(page.locator('[data-self-check-progress]').textContent()).resolves.toMatch(
				/Self-check: 0 of \d+/
			);
		});
	});

	describe('without JavaScript', () => {
		let page: Page;
		beforeAll(async () => {
			page = await open(reader.browser, false);
		});

		it('offers every explained answer in a <details> to open, and no controls that need a script', async () => {
			await expect(page.locator('details.self-check__answer').count()).resolves.toBe(review.length);
			await expect(page.getByText(review[1]!.answer).isVisible()).resolves.toBe(false);
			await page.locator('details.self-check__answer summary').nth(1).click();
			await expect(page.getByText(review[1]!.answer).isVisible()).resolves.toBe(true);
			await expect(page.locator('[data-self-check-commit]').first().isVisible()).resolves.toBe(
				false
			);
			await expect(page.locator('[data-self-check-progress]').isVisible()).resolves.toBe(false);
		});
	});
});
