import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/security/headers.ts';
import { chromiumForTests, readerSession } from '../helpers/browser.ts';
import { openSearch, pageTypes, searchFor, searchQuery } from '../helpers/page-types.ts';

const chromium = chromiumForTests();
const themes = ['light', 'dark'] as const;

declare global {
	interface Window {
		cspViolations: string[];
	}
}

/**
 * A page that records, from before any of the site's scripts run, every Content Security Policy
 * violation (the `securitypolicyviolation` event) and every console message about the policy.
 */
async function watchedPage(
	reader: ReturnType<typeof readerSession>,
	theme: (typeof themes)[number]
): Promise<{ page: Page; violations: () => Promise<string[]> }> {
	const page = await reader.browser.newPage({ viewport: { width: 1280, height: 800 } });
	const messages: string[] = [];
	page.on('console', (m) => {
		if (/content security policy|refused to/i.test(m.text())) messages.push(m.text());
	});
	await page.addInitScript((t) => {
		localStorage.setItem('starlight-theme', t);
		window.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			window.cspViolations.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`
			)
		);
	}, theme);
	/** What was blocked since the last call. */
	const violations = async () => {
		const events = await page.evaluate(() => window.cspViolations.splice(0));
		return [...events, ...messages.splice(0)];
	};
	return { page, violations };
}

/** The tests of one way of delivering the policy: in each page's meta, or with the host's headers too. */
function readerTests(
	reader: ReturnType<typeof readerSession>,
	checkResponse: (response: Response, path: string) => Promise<void>
) {
	describe.each(themes)('in the %s theme', (theme) => {
		let watched: Awaited<ReturnType<typeof watchedPage>>;
		beforeAll(async () => {
			watched = await watchedPage(reader, theme);
		});

		it.each(pageTypes)(
			'the $name page (/$path) runs and styles everything it ships',
			async ({ path, status, themed }) => {
				const { page, violations } = watched;
				const response = await page.goto(`${reader.server.url}${path}`, {
					waitUntil: 'networkidle',
				});
				expect(response?.status(), `/${path}`).toBe(status);
				await checkResponse(response!, path);
				expect(
					await page.locator('meta[http-equiv="content-security-policy"]').count(),
					'the policy in the page'
				).toBe(1);
				// The inline theme script ran: the page shows the reader's theme.
				await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(
					themed === false ? 'light' : theme
				);
				expect(await violations(), `violations on /${path}`).toEqual([]);
			}
		);

		it('the search dialog loads Pagefind (Wasm included) and shows results', async () => {
			const { page, violations } = watched;
			await page.goto(`${reader.server.url}operations/crm/`, { waitUntil: 'networkidle' });
			await openSearch(page);
			await searchFor(page, searchQuery);
			expect(await page.locator('dialog[open] .pagefind-ui__result').count()).toBeGreaterThan(0);
			expect(await violations(), 'violations while searching').toEqual([]);
		});

		it('the theme switch changes the theme', async () => {
			const { page, violations } = watched;
			await page.goto(`${reader.server.url}operations/fulfillment/`, {
				waitUntil: 'networkidle',
			});
			const other = theme === 'light' ? 'dark' : 'light';
			await page.locator('starlight-theme-select select').first().selectOption(other);
			await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(
				other
			);
			expect(await violations(), 'violations while switching the theme').toEqual([]);
		});
	});
}

/**
 * The Content Security Policy blocks nothing the handbook ships: every page type, in both themes,
 * with the search dialog in use and the theme switched. Pages that the build checked statically
 * (src/lib/postbuild/security.ts) are here run in Chromium, which reports what it blocks.
 */
describe.skipIf(!chromium)('the Content Security Policy blocks nothing the site ships', () => {
	describe('with the policy in each page (a static host that sends no headers)', () => {
		const reader = readerSession(chromium);
		readerTests(reader, async () => {});
	});

	describe('with the headers of dist/_headers applied (Netlify, Cloudflare Pages)', () => {
		const rules = (distDir: string) =>
			parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
		const reader = readerSession(chromium, (distDir) => ({
			headers: (path) => headersFor(rules(distDir), path),
		}));
		readerTests(reader, async (response, path) => {
			const headers = await response.allHeaders();
			expect(headers['content-security-policy'], `/${path}`).toMatch(/frame-ancestors 'none'/);
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['referrer-policy']).toBeTruthy();
			expect(headers['permissions-policy']).toBeTruthy();
			// Pages must be revalidated: only the hashed assets are cached for good.
			expect(headers['cache-control']).toBeUndefined();
		});

		it('long-lived caching applies to the hashed assets under /_astro/ only', async () => {
			const page = await reader.browser.newPage();
			const assets: Record<string, string | undefined> = {};
			page.on('response', async (r) => {
				const path = new URL(r.url()).pathname;
				assets[path] = (await r.allHeaders())['cache-control'];
			});
			await page.goto(reader.server.url, { waitUntil: 'networkidle' });
			await page.close();
			const astro = Object.entries(assets).filter(([p]) => p.startsWith('/_astro/'));
			const other = Object.entries(assets).filter(([p]) => !p.startsWith('/_astro/'));
			expect(astro.length).toBeGreaterThan(0);
			for (const [path, cache] of astro) expect(cache, path).toMatch(/max-age=31536000, immutable/);
			for (const [path, cache] of other) expect(cache, path).toBeUndefined();
		});

		it('no page can frame the handbook (frame-ancestors, which only a header can carry)', async () => {
			const page = await reader.browser.newPage();
			const refused: string[] = [];
			page.on('console', (m) => {
				if (/frame-ancestors/.test(m.text())) refused.push(m.text());
			});
			await page.setContent(`<iframe src="${reader.server.url}"></iframe>`);
			await expect.poll(() => refused.length).toBeGreaterThan(0);
			await page.close();
		});
	});
});
