import type { Page } from 'playwright-core';
import { defaultLang, localePrefix } from '../../src/lib/i18n/locales.ts';
import { handbook } from './handbook.ts';

/** One page of each kind the handbook has, as a path under the site's base URL. */
export interface PageType {
	name: string;
	path: string;
	/** HTTP status the static server answers with. */
	status: number;
	/** False for a page that is always light (the print edition), whatever theme the reader chose. */
	themed?: boolean;
}

/** Every page type a reader can land on: the gates (axe, third-party requests) visit each. */
export const pageTypes: PageType[] = [
	{ name: 'landing', path: '', status: 200 },
	{ name: 'chapter', path: 'operations/crm/', status: 200 },
	{ name: 'matrix', path: 'operations/overview/', status: 200 },
	{ name: 'diagram', path: 'operations/fulfillment/', status: 200 },
	{ name: 'process index', path: 'appendices/process-index/', status: 200 },
	{ name: 'glossary', path: 'appendices/glossary/', status: 200 },
	{ name: 'teaching', path: 'teaching/', status: 200 },
	{ name: 'print view', path: 'print/', status: 200, themed: false },
	{ name: '404', path: 'no-such-page/', status: 404 },
];

/**
 * The translated editions (`es/`, `id/`, `pl/`): the handbook's languages other than English, with
 * the URL prefix of each.
 */
export const translatedEditions = handbook.data.editions
	.filter((lang) => lang !== defaultLang)
	.map((lang) => ({ lang, prefix: localePrefix(lang) }));

/**
 * A sample of every translated edition for the gates: its landing page, a chapter and the trainer's
 * page (the other page types are built from the same components as in English, which
 * {@link pageTypes} covers), and its not-found page (by its file: the test server, like a plain
 * host, answers a missing path with the root's).
 */
export const editionPageTypes: PageType[] = translatedEditions.flatMap(({ prefix }) => [
	{ name: `landing (${prefix})`, path: prefix, status: 200 },
	{ name: `chapter (${prefix})`, path: `${prefix}operations/crm/`, status: 200 },
	{ name: `teaching (${prefix})`, path: `${prefix}teaching/`, status: 200 },
	{ name: `404 (${prefix})`, path: `${prefix}404.html`, status: 200 },
]);

/** The query typed into the search dialog: a word with many hits, so the results fill the dialog. */
export const searchQuery = 'order';

/** Opens Starlight's search dialog on the current page (the Search button in the header) and waits for Pagefind's input. */
export async function openSearch(page: Page): Promise<void> {
	// Starlight enables the button once its script has run.
	await page.waitForFunction(
		() => document.querySelector<HTMLButtonElement>('button[data-open-modal]')?.disabled === false
	);
	await page.locator('button[data-open-modal]').click();
	await page.locator('dialog[open]').waitFor({ state: 'visible' });
	if ((await page.locator('dialog[open] #starlight__search').count()) === 0) {
		throw new Error(
			'The search dialog has no Pagefind: the site under test is a development build (Starlight shows "Search is only ' +
				'available in production builds"). Builds must run with NODE_ENV=production and without vitest\'s DEV/BASE_URL variables.'
		);
	}
	try {
		await page
			.locator('dialog[open] input.pagefind-ui__search-input')
			.waitFor({ state: 'visible', timeout: 20_000 });
	} catch (e) {
		// Say what the page got as far as: Pagefind's UI is loaded when the browser is first idle.
		const state = await page.evaluate(() => ({
			url: location.href,
			readyState: document.readyState,
			searchHtml: document.querySelector('#starlight__search')?.innerHTML.slice(0, 200),
			pagefind: performance
				.getEntriesByType('resource')
				.map((r) => r.name)
				.filter((n) => /pagefind/.test(n)),
		}));
		throw new Error(
			`Pagefind's search input did not appear in the search dialog: ${JSON.stringify(state)}`,
			{ cause: e }
		);
	}
}

/** Types a query into the open search dialog and waits until Pagefind has filled in its results. */
export async function searchFor(page: Page, query: string): Promise<void> {
	await page.locator('dialog[open] input.pagefind-ui__search-input').fill(query);
	await page
		.locator('dialog[open] .pagefind-ui__result-link')
		.first()
		.waitFor({ state: 'visible' });
	// Results appear as placeholders first; wait until none is loading.
	await page.waitForFunction(
		() =>
			!document.querySelector(
				'dialog[open] .pagefind-ui__loading, dialog[open] .pagefind-ui__result-title.pagefind-ui__loading'
			)
	);
}
