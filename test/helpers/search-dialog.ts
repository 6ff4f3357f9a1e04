import type { Page } from 'playwright-core';

/** What the search dialog shows for one query, once the search has finished and results loaded. */
export interface DialogOutcome {
	/** Pagefind's message, e.g. "3 results for churn". */
	message: string;
	/** How many results are listed. */
	results: number;
	/** The links of the first result, in order: its page, then the sections it shows. */
	firstResult: string[];
	/** The first section a reader sees: the first result's first section, or its page. */
	firstShown: string | undefined;
}

/**
 * The site's search dialog as a reader uses it: open it with its button, type a query, read what
 * it shows. A query is read only when Pagefind has finished it (its message names the query and
 * the result list is drawn, which Pagefind's UI does only after a search) and every listed result
 * has loaded its sections, so no fixed wait is needed.
 */
export function searchDialog(page: Page) {
	const root = page.locator('#starlight__search');
	const input = root.locator('input[type="text"], input[type="search"]').first();

	return {
		async open(): Promise<void> {
			await page.getByRole('button', { name: 'Search' }).click();
			await input.waitFor();
		},

		async search(query: string): Promise<DialogOutcome> {
			// Emptying the field removes the results area, so nothing of the last query is read again.
			await input.fill('');
			await page.waitForFunction(
				() => !document.querySelector('#starlight__search .pagefind-ui__message')
			);
			await input.fill(query);
			await page.waitForFunction((q) => {
				const area = document.querySelector('#starlight__search .pagefind-ui__results-area');
				const message = area?.querySelector('.pagefind-ui__message')?.textContent ?? '';
				return (
					message.includes(q) &&
					area?.querySelector('.pagefind-ui__results') !== null &&
					area?.querySelector('.pagefind-ui__loading') === null
				);
			}, query);
			return root.evaluate((el) => {
				const first = el.querySelector('.pagefind-ui__result');
				const links = [...(first?.querySelectorAll('a') ?? [])].map(
					(a) => a.getAttribute('href') ?? ''
				);
				return {
					message: el.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '',
					results: el.querySelectorAll('.pagefind-ui__result').length,
					firstResult: links,
					firstShown: links[1] ?? links[0],
				};
			});
		},
	};
}
