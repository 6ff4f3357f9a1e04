import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumForTests, readerSession } from '../helpers/browser.ts';
import {
	editionPageTypes,
	openSearch,
	pageTypes,
	searchFor,
	searchQuery,
	translatedEditions,
} from '../helpers/page-types.ts';

const chromium = chromiumForTests();
const themes = ['light', 'dark'] as const;

/** WCAG 2.1 level A and AA: the rules the handbook promises to meet. */
const axeOptions = {
	runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
	resultTypes: ['violations'],
};

interface Violation {
	rule: string;
	impact: string;
	help: string;
	target: string;
	summary: string;
}

/** Runs axe-core in the page as it is now and lists every failing element of every rule. */
async function axeViolations(page: Page, options: object = axeOptions): Promise<Violation[]> {
	await page.evaluate(() => document.fonts.ready);
	if (!(await page.evaluate(() => 'axe' in window)))
		await page.addScriptTag({ content: axe.source });
	const violations = await page.evaluate(async (options) => {
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		const results = await (window as any).axe.run(document, options);
		return (results.violations as axe.Result[]).flatMap((v) =>
			v.nodes.map((n) => ({
				rule: v.id,
				impact: v.impact ?? '',
				help: v.help,
				target: n.target.map(String).join(' '),
				// The first line that says why: contrast ratio and colours, missing name, ...
				summary: (n.failureSummary ?? '')
					.split('\n')
					.slice(1)
					.map((l) => l.trim())
					.filter(Boolean)
					.join(' / '),
			}))
		);
	}, options);
	return violations;
}

const report = (where: string, violations: Violation[]) =>
	`${violations.length} WCAG 2.1 A/AA violation(s) on ${where}:\n` +
	violations
		.map((v) => `  ${v.rule} (${v.impact}) at ${v.target}: ${v.help}. ${v.summary}`)
		.join('\n');

describe.skipIf(!chromium)('accessibility (axe-core, WCAG 2.1 A/AA) in Chromium', () => {
	const reader = readerSession(chromium);
	const pages = new Map<string, Page>();

	beforeAll(async () => {
		// One page per theme, reused for every page type.
		for (const theme of themes) {
			// axe-core goes in as a script the pages' Content Security Policy would refuse; the policy
			// blocks nothing of the site's own (test/browser/csp.test.ts), so axe sees what readers see.
			const page = await reader.browser.newPage({
				viewport: { width: 1280, height: 800 },
				bypassCSP: true,
			});
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			pages.set(theme, page);
		}
	});

	describe.each(themes)('in the %s theme', (theme) => {
		// Every page type of the English edition, and a sample of every translated edition.
		it.each([...pageTypes, ...editionPageTypes])(
			'the $name page (/$path) has no violations',
			async ({ name, path, status, themed }) => {
				const page = pages.get(theme)!;
				const response = await page.goto(`${reader.server.url}${path}`);
				expect(response?.status(), `/${path}`).toBe(status);
				const expected = themed === false ? 'light' : theme;
				await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(
					expected
				);
				const violations = await axeViolations(page);
				expect(
					violations,
					report(`the ${name} page /${path} (${theme} theme)`, violations)
				).toEqual([]);
			}
		);

		// In English, and in Polish, the edition with the longest labels, messages and filter names.
		it.each(['', ...translatedEditions.filter((e) => e.lang === 'pl').map((e) => e.prefix)])(
			'the search dialog on /%s, open and showing results, has no violations',
			async (prefix) => {
				const page = pages.get(theme)!;
				await page.goto(`${reader.server.url}${prefix}`);
				await openSearch(page);
				const open = await axeViolations(page);
				expect(open, report(`the open search dialog on /${prefix} (${theme} theme)`, open)).toEqual(
					[]
				);
				await searchFor(page, searchQuery);
				const results = await axeViolations(page);
				expect(
					results,
					report(
						`the search dialog with results for "${searchQuery}" on /${prefix} (${theme} theme)`,
						results
					)
				).toEqual([]);
			}
		);

		it('the self-check of a chapter, before and after an answer, has no violations', async () => {
			const page = pages.get(theme)!;
			await page.goto(`${reader.server.url}operations/crm/`);
			await page.evaluate(() => localStorage.removeItem('etom-self-check:operations/crm'));
			await page.reload();
			await page.locator('[data-self-check-commit] button').first().click();
			await page.locator('.self-check__answer p').first().waitFor({ state: 'visible' });
			const answered = await axeViolations(page);
			expect(
				answered,
				report(
					`the self-check with one answer shown on /operations/crm/ (${theme} theme)`,
					answered
				)
			).toEqual([]);
		});
	});

	it('the print view passes the best-practice rules too, has a main landmark and keeps shading on paper', async () => {
		const page = pages.get('light')!;
		await page.goto(`${reader.server.url}print/`);
		// Best practice adds landmarks: one main, unique labels, all content inside a landmark.
		const violations = await axeViolations(page, {
			runOnly: { type: 'tag', values: [...axeOptions.runOnly.values, 'best-practice'] },
			resultTypes: ['violations'],
		});
		expect(
			violations,
			report('the print view /print/ with best-practice rules', violations)
		).toEqual([]);
		expect(await page.locator('main').count()).toBe(1);
		await page.emulateMedia({ media: 'print' });
		try {
			const adjust = await page.evaluate(() =>
				getComputedStyle(document.querySelector('.process-facts')!).getPropertyValue(
					'print-color-adjust'
				)
			);
			expect(adjust).toBe('exact');
		} finally {
			await page.emulateMedia({ media: null });
		}
	});
});
