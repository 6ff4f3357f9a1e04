import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchWords } from '../../src/lib/search/ranking.ts';
import { NO_RESULTS_PAGES, SEARCH_FILTER } from '../../src/lib/search/tuning.ts';
import { defaultLang, localePrefix } from '../../src/lib/i18n/locales.ts';
import { chromiumForTests, readerSession } from '../helpers/browser.ts';
import { handbook } from '../helpers/handbook.ts';
import { openSearch } from '../helpers/page-types.ts';
import { searchDialog } from '../helpers/search-dialog.ts';

const chromium = chromiumForTests();
const { catalog } = handbook;

/** Every edition of the handbook, English first: its language and URL prefix ('' for English). */
const editions = handbook.data.editions.map((lang) => ({ lang, prefix: localePrefix(lang) }));
const translated = editions.filter((e) => e.lang !== defaultLang);

/**
 * A query in an edition's language and the process whose section it must show first, in that
 * edition. Each phrase is made of the words of the edition's own rendering of the process (its
 * local name in the catalog translation), which the first test checks, so the phrase stays the one
 * readers of that edition meet in its chapters.
 */
const localQueries = [
	{ lang: 'pl', query: 'konfiguracja usług', id: '1.1.2.2' },
	{ lang: 'id', query: 'penanganan pesanan', id: '1.1.1.5' },
	{ lang: 'es', query: 'gestión de problemas', id: '1.1.1.6' },
].filter((q) => handbook.data.editions.includes(q.lang));

/** Processes searched for by their official English name and by their id in every edition. */
const everywhere = ['1.1.1.5', '1.1.1.6', '1.1.2.2'].map((id) => catalog.get(id));

/** The section of a process in an edition, as the dialog links it. */
const sectionIn = (id: string, lang: string) => handbook.sectionHref(id, '/', lang)!;

/** Whether a link of the dialog leads into the edition with this prefix ('' for English). */
const inEdition = (href: string, prefix: string) => {
	const path = new URL(href, 'http://x').pathname;
	if (prefix !== '') return path.startsWith(`/${prefix}`);
	return !translated.some((e) => path.startsWith(`/${e.prefix}`));
};

describe.skipIf(!chromium)('searching each edition in its own language', () => {
	const reader = readerSession(chromium);
	/** One page per edition, its search dialog open, reused for every query in that edition. */
	const pages = new Map<string, Page>();

	beforeAll(async () => {
		for (const { lang, prefix } of editions) {
			const page = await reader.browser.newPage({ viewport: { width: 1280, height: 900 } });
			await page.goto(`${reader.server.url}${prefix}operations/overview/`);
			expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
			await openSearch(page);
			pages.set(lang, page);
		}
	});
	afterAll(async () => {
		for (const page of pages.values()) await page.close();
	});

	/**
	 * Searches in an edition's dialog; fails when any listed result, or any section of one, lies
	 * outside that edition. Returns the first section shown and the first result's links.
	 */
	async function search(lang: string, query: string) {
		const page = pages.get(lang)!;
		const outcome = await searchDialog(page).search(query);
		const hrefs = await page
			.locator('#starlight__search .pagefind-ui__result a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.length, `results for "${query}" in ${lang}`).toBeGreaterThan(0);
		const prefix = localePrefix(lang);
		expect(
			hrefs.filter((h) => !inEdition(h, prefix)),
			`results for "${query}" from another edition than ${lang}`
		).toEqual([]);
		return outcome;
	}

	it('queries each edition in words of its own rendering of the process name', () => {
		expect(localQueries.map((q) => q.lang).sort()).toEqual(translated.map((e) => e.lang).sort());
		for (const { lang, query, id } of localQueries) {
			// Every query word is a word of the local name, in the same order.
			const local = searchWords(handbook.local(id, lang)?.local ?? '');
			let at = 0;
			const inOrder = searchWords(query).every((word) => (at = local.indexOf(word, at) + 1) > 0);
			expect(inOrder, `"${query}" in the ${lang} name of ${id}: ${local.join(' ')}`).toBe(true);
		}
	});

	it.each(localQueries)(
		'"$query" ($lang) shows the section of $id in that edition first',
		async ({ lang, query, id }) => {
			const outcome = await search(lang, query);
			expect(outcome.firstShown, outcome.firstResult.join('\n')).toBe(sectionIn(id, lang));
		}
	);

	it.each(translated)(
		'offers the process index and the glossary of the edition at /$prefix when nothing matches',
		async ({ lang, prefix }) => {
			const page = pages.get(lang)!;
			const outcome = await searchDialog(page).search('xyzzy plugh');
			expect(outcome.results).toBe(0);
			const offer = page.locator('[data-search-no-results]');
			await expect.poll(() => offer.isVisible()).toBe(true);
			const links = await offer
				.getByRole('link')
				.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
			expect(links).toEqual(
				NO_RESULTS_PAGES.map((slug) => [
					(handbook.source(`${prefix}${slug}`)?.data as { title: string }).title,
					`/${prefix}${slug}/`,
				])
			);
		}
	);

	describe.each(editions)('in the edition at /$prefix', ({ lang }) => {
		it.each(everywhere.map((p) => [p.name, p] as const))(
			'the English name "%s" shows its section in this edition first',
			async (_, p) => {
				const outcome = await search(lang, p.name);
				expect(outcome.firstShown, outcome.firstResult.join('\n')).toBe(sectionIn(p.id, lang));
			}
		);

		it.each(everywhere.map((p) => [p.id, p] as const))(
			'the id %s shows its section in this edition first',
			async (_, p) => {
				const outcome = await search(lang, p.id);
				expect(outcome.firstShown, outcome.firstResult.join('\n')).toBe(sectionIn(p.id, lang));
			}
		);
	});
});

describe.skipIf(!chromium || !handbook.data.editions.includes('pl'))(
	"the search filters: the edition's labels, language-neutral values",
	() => {
		const reader = readerSession(chromium);
		const t = handbook.t('pl');

		/** The filters a built page carries for Pagefind, as [name, value] pairs. */
		const filtersOf = async (page: Page, path: string) => {
			await page.goto(`${reader.server.url}${path}`);
			return page
				.locator('[data-pagefind-filter]')
				.evaluateAll((els) =>
					els.map((el) => [el.getAttribute('data-pagefind-filter'), el.textContent?.trim()])
				);
		};

		it('every edition indexes a chapter under the same filter names and values', async () => {
			const page = await reader.browser.newPage();
			const english = await filtersOf(page, 'enterprise/enterprise-management/');
			expect(english.map(([name]) => name)).toEqual(
				expect.arrayContaining(Object.keys(SEARCH_FILTER))
			);
			for (const { prefix } of translated)
				expect(await filtersOf(page, `${prefix}enterprise/enterprise-management/`), prefix).toEqual(
					english
				);
			await page.close();
		});

		it('the Polish dialog shows Polish filter labels, and a filter narrows its results', async () => {
			const page = await reader.browser.newPage({ viewport: { width: 1280, height: 900 } });
			await page.goto(`${reader.server.url}pl/operations/overview/`);
			await openSearch(page);
			const outcome = await searchDialog(page).search('zarządzanie');
			const panel = page.locator('#starlight__search .pagefind-ui__filter-panel');
			expect(await panel.locator('legend').first().textContent()).toBe(t('pagefind.filters_label'));
			const names = await panel.locator('summary').allTextContents();
			expect(names).toEqual(
				expect.arrayContaining(Object.values(SEARCH_FILTER).map((key) => t(key)))
			);
			expect(names).not.toContain(handbook.t()(SEARCH_FILTER.area));

			const levels = panel.locator('details').filter({ hasText: t(SEARCH_FILTER.level) });
			await levels.locator('summary').click();
			expect((await levels.locator('label').allTextContents()).join('\n')).toContain(
				t('etom.process.level', { level: 2 })
			);

			// An area keeps its official English name, the value every edition's index holds.
			const area = panel.locator('details').filter({ hasText: t(SEARCH_FILTER.area) });
			await area.locator('summary').click();
			const enterprise = catalog.get('1.3').name;
			await area.getByLabel(enterprise).check();
			await page.waitForFunction(
				(n) => document.querySelectorAll('#starlight__search .pagefind-ui__result').length < n,
				outcome.results
			);
			await page.locator('#starlight__search .pagefind-ui__result-title a').first().waitFor();
			const hrefs = await page
				.locator('#starlight__search .pagefind-ui__result-title a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
			expect(hrefs.length).toBeGreaterThan(0);
			expect(
				hrefs.every((h) => h.startsWith('/pl/enterprise/')),
				hrefs.join('\n')
			).toBe(true);
			await page.close();
		});
	}
);
