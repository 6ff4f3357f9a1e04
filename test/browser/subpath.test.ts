import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/browser.ts';
import { attr, distFiles, elements, parseHtml } from '../../src/lib/postbuild/dist.ts';
import { checkLinks } from '../../src/lib/postbuild/links.ts';
import { serveStatic, type StaticServer } from '../../src/lib/static-server.ts';
import { chromiumForTests } from '../helpers/browser.ts';
import { buildFixture, type Fixture } from '../helpers/fixture.ts';

// The handbook deployed under a sub-path of a site, as on GitHub Pages: built with SITE_URL and
// BASE_PATH (the fixture project test/fixtures/subpath), served by a plain static server (no
// rewrites) under that path.
const base = '/etom-handbook/';
const site = 'https://handbook.example.org';
const chromium = chromiumForTests();

describe('the handbook under a sub-path', () => {
	let build: Fixture;
	let dist: string;
	let server: StaticServer;

	beforeAll(async () => {
		build = await buildFixture('subpath');
		if (build.code !== 0) throw new Error(`sub-path build failed:\n${build.output.slice(-2500)}`);
		dist = build.outDir;
		server = await serveStatic(dist, base);
	});
	afterAll(async () => {
		await server?.close();
		build?.cleanup();
	});

	it("passes the build's link check under the base path", () => {
		expect(checkLinks(dist, base)).toEqual([]);
	});

	it('has no broken link or missing asset on any page (crawl from the home page)', async () => {
		const origin = new URL(server.url).origin;
		const seen = new Set<string>();
		const queue = [server.url];
		const broken: string[] = [];
		while (queue.length > 0) {
			const url = queue.shift()!;
			const response = await fetch(url);
			if (!response.ok) {
				broken.push(`${response.status} ${url}`);
				continue;
			}
			if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
			const links = elements(parseHtml(await response.text())).flatMap((el) =>
				['href', 'src', 'content'].flatMap((name) => attr(el, name) ?? [])
			);
			for (const link of links.filter((l) => /^(\/|https?:)/.test(l))) {
				const target = new URL(link.replace(/#.*$/, ''), url);
				// Absolute URLs on the configured site (og:image, canonical) are checked at their path here.
				if (target.origin === site) target.href = `${origin}${target.pathname}`;
				if (target.origin !== origin || seen.has(target.href)) continue;
				seen.add(target.href);
				queue.push(target.href);
			}
		}
		expect(broken).toEqual([]);
		// The crawl reached every page (the not-found pages, one per edition, are linked from nowhere)
		// and every page's social image (the print edition has one too).
		const pages = distFiles(dist, '.html').filter((f) => !f.endsWith('404.html'));
		for (const page of pages)
			expect(seen, page).toContain(`${server.url}${page.replace(/index\.html$/, '')}`);
		// The two editions of each language's print book share one social image.
		expect([...seen].filter((u) => u.endsWith('.png')).length).toBe(
			pages.filter((p) => !/^([a-z]{2}\/)?print\/instructor\//.test(p)).length
		);
	});

	it('uses absolute URLs for social images and lists every page in the sitemap', () => {
		const home = readFileSync(join(dist, 'index.html'), 'utf8');
		expect(home).toContain(`<meta property="og:image" content="${site}${base}og/index.png"`);
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(
			`Sitemap: ${site}${base}sitemap-index.xml`
		);
		const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain(`<loc>${site}${base}operations/crm/</loc>`);
	});

	describe.skipIf(!chromium)('in Chromium', () => {
		let browser: Browser;
		beforeAll(async () => {
			browser = await launchBrowser(chromium!);
		});
		afterAll(async () => browser?.close());

		it('loads every page type without a failed request, and navigates within the sub-path', async () => {
			const page = await browser.newPage();
			const failed: string[] = [];
			page.on('response', (r) => {
				if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
			});
			// A request the next navigation cancels (a font still loading) is not a failure; a refused
			// or broken one is.
			page.on('requestfailed', (r) => {
				if (r.failure()?.errorText !== 'net::ERR_ABORTED')
					failed.push(`failed ${r.url()}: ${r.failure()?.errorText}`);
			});
			for (const path of [
				'',
				'operations/overview/',
				'operations/fulfillment/',
				'appendices/glossary/',
				'print/',
			]) {
				await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
			}
			await page.goto(server.url);
			await page
				.getByRole('navigation', { name: 'Main' })
				.getByRole('link', { name: 'Order Handling' })
				.count();
			await page
				.getByRole('navigation', { name: 'Main' })
				.getByRole('link', { name: 'Operations overview' })
				.click();
			await page.waitForURL(`${server.url}operations/overview/`);
			expect(failed).toEqual([]);
		});
	});
});
