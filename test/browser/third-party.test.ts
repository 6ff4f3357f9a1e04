import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
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

/**
 * The handbook is self-contained: fonts, scripts, styles, the search index and its Wasm all come
 * from the site itself, so it works on an intranet and tells no third party who reads what.
 */
describe.skipIf(!chromium)('a page asks nothing of any other origin', () => {
	const reader = readerSession(chromium);
	let page: Page;
	/** Every request the page made since the last test, as URLs. */
	let requests: string[] = [];

	beforeAll(async () => {
		page = await reader.browser.newPage({ viewport: { width: 1280, height: 800 } });
		page.on('request', (r) => requests.push(r.url()));
	});
	beforeEach(() => {
		requests = [];
	});

	const foreign = () => {
		const origin = new URL(reader.server.url).origin;
		return requests.filter((url) => {
			const { protocol } = new URL(url);
			return protocol !== 'data:' && protocol !== 'blob:' && new URL(url).origin !== origin;
		});
	};

	// Every page type of the English edition, and a sample of every translated edition.
	it.each([...pageTypes, ...editionPageTypes])(
		'the $name page (/$path)',
		async ({ path, status }) => {
			const response = await page.goto(`${reader.server.url}${path}`, { waitUntil: 'networkidle' });
			expect(response?.status(), `/${path}`).toBe(status);
			expect(requests.length, 'the listener saw the page load').toBeGreaterThan(0);
			expect(foreign(), `requests to other origins from /${path}`).toEqual([]);
		}
	);

	// Each edition loads its own language's index (and its stemming Wasm).
	it.each([{ lang: 'en', prefix: '' }, ...translatedEditions])(
		'the search dialog on /$prefix, opened and searched',
		async ({ lang, prefix }) => {
			await page.goto(`${reader.server.url}${prefix}`, { waitUntil: 'networkidle' });
			await openSearch(page);
			await searchFor(page, searchQuery);
			await page.waitForLoadState('networkidle');
			expect(
				requests.some((url) =>
					new RegExp(`/pagefind/pagefind\\.${lang}_\\w+\\.pf_meta$`).test(url)
				),
				`the ${lang} search index was loaded:\n${requests.filter((url) => url.includes('/pagefind/')).join('\n')}`
			).toBe(true);
			const otherLanguages = requests.filter((url) => {
				const part = /\/pagefind\/(?:index|filter|fragment)\/(\w+?)_/.exec(url);
				return part !== null && part[1] !== lang;
			});
			expect(otherLanguages, `index files of another language than ${lang}`).toEqual([]);
			expect(foreign(), 'requests to other origins from the search dialog').toEqual([]);
		}
	);
});
