import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// public/search/pagefind.js, the module the search dialog loads as Pagefind's, beside a stand-in
// for Pagefind's own module (which the build writes to dist/pagefind/), as they sit in dist/.
const pagefind = {
	options: vi.fn(async (_opts: object) => {}),
	search: vi.fn(),
	debouncedSearch: vi.fn(),
	filters: vi.fn(async () => ({ area: {} })),
	preload: vi.fn(async (_term: string, _opts: object) => {}),
};
(globalThis as { pagefindStandIn?: typeof pagefind }).pagefindStandIn = pagefind;
const dir = mkdtempSync(join(tmpdir(), 'etom-search-module-'));
mkdirSync(join(dir, 'search'));
mkdirSync(join(dir, 'pagefind'));
copyFileSync(
	fileURLToPath(new URL('../../../public/search/pagefind.js', import.meta.url)),
	join(dir, 'search', 'pagefind.js')
);
writeFileSync(
	join(dir, 'pagefind', 'pagefind.js'),
	Object.keys(pagefind)
		.map(
			(name) => `export const ${name} = (...args) => globalThis.pagefindStandIn.${name}(...args);`
		)
		.join('\n')
);
const module = await import(
	/* @vite-ignore */ pathToFileURL(join(dir, 'search', 'pagefind.js')).href
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const results = () => ({
	results: [{ id: 'a' }, { id: 'b' }],
	unfilteredResultCount: 2,
	filters: {},
});

describe("the search dialog's Pagefind module", () => {
	beforeEach(() => vi.clearAllMocks());

	it('passes Pagefind results through unchanged until a ranking is given', async () => {
		pagefind.search.mockResolvedValue(results());
		expect(await module.search('x', {})).toEqual(results());
	});

	it('takes rankResults out of the options and ranks every search with it', async () => {
		const rankResults = vi.fn(async (_query: string, r: object[]) => [...r].reverse());
		await module.options({ rankResults, excerptLength: 12 });
		expect(pagefind.options).toHaveBeenCalledWith({ excerptLength: 12 });

		pagefind.search.mockResolvedValue(results());
		const found = await module.search('order handling', { filters: {} });
		expect(pagefind.search).toHaveBeenCalledWith('order handling', { filters: {} });
		expect(rankResults).toHaveBeenCalledWith('order handling', results().results);
		expect(found).toEqual({ ...results(), results: [{ id: 'b' }, { id: 'a' }] });

		pagefind.debouncedSearch.mockResolvedValue(results());
		expect((await module.debouncedSearch('order', {}, 300))?.results).toEqual([
			{ id: 'b' },
			{ id: 'a' },
		]);
		// A debounced search that a newer one replaced gives null, as Pagefind's does.
		pagefind.debouncedSearch.mockResolvedValue(null);
		expect(await module.debouncedSearch('ord', {}, 300)).toBeNull();
	});

	it('searches again with the corrected query when correctQuery gives one, and only then', async () => {
		const rankResults = vi.fn(async (_query: string, r: object[]) => r);
		const correctQuery = vi.fn(async (query: string) => (query === 'chrun' ? 'churn' : undefined));
		await module.options({ rankResults, correctQuery });
		expect(pagefind.options).toHaveBeenCalledWith({});

		const churn = { ...results(), results: [{ id: 'c' }] };
		pagefind.search.mockImplementation(async (q: string) => (q === 'churn' ? churn : results()));
		expect(await module.search('chrun', {})).toEqual(churn);
		expect(pagefind.search.mock.calls.map(([q]) => q)).toEqual(['chrun', 'churn']);
		expect(correctQuery).toHaveBeenCalledWith('chrun', results().results);
		expect(rankResults.mock.calls.map(([q]) => q)).toEqual(['chrun', 'churn']);

		expect(await module.search('churn', {})).toEqual(churn);
		expect(pagefind.search).toHaveBeenCalledTimes(3);

		// A debounced search that a newer one replaced is not corrected.
		pagefind.debouncedSearch.mockResolvedValue(null);
		expect(await module.debouncedSearch('chrun', {}, 300)).toBeNull();
		expect(correctQuery).toHaveBeenCalledTimes(2);
	});

	it("passes the rest of Pagefind's API through", async () => {
		expect(await module.filters()).toEqual({ area: {} });
		await module.preload('x', {});
		expect(pagefind.preload).toHaveBeenCalledWith('x', {});
	});

	it('hands the UI filter names and values as HTML, and takes its selection back as text', async () => {
		const hostile = 'Fulfillment "><svg onload=alert(1)>';
		const escaped = 'Fulfillment &quot;&gt;&lt;svg onload=alert(1)&gt;';
		pagefind.filters.mockResolvedValueOnce({ 'A&B': { [hostile]: 2, "O'Neil": 1 } } as never);
		expect(await module.filters()).toEqual({ 'A&amp;B': { [escaped]: 2, 'O&#39;Neil': 1 } });

		pagefind.search.mockResolvedValue({
			...results(),
			filters: { Grouping: { [hostile]: 1 } },
			totalFilters: { Grouping: { [hostile]: 3 } },
		});
		const found = await module.search('x', {
			filters: { Grouping: [escaped], 'A&amp;B': { any: ['&amp;lt;'] } },
		});
		expect(pagefind.search).toHaveBeenCalledWith('x', {
			filters: { Grouping: [hostile], 'A&B': { any: ['&lt;'] } },
		});
		expect(found.filters).toEqual({ Grouping: { [escaped]: 1 } });
		expect(found.totalFilters).toEqual({ Grouping: { [escaped]: 3 } });
	});

	it("shows filters with the edition's labels and gives Pagefind the neutral names and values back", async () => {
		await module.options({
			filterLabels: {
				level: { label: 'Poziom', values: { '2': 'Poziom 2' } },
				area: { label: 'Obszar & co' },
			},
		});
		expect(pagefind.options).toHaveBeenCalledWith({});
		pagefind.filters.mockResolvedValueOnce({
			level: { '2': 3, '3': 1 },
			area: { Operations: 4 },
			other: { x: 1 },
		} as never);
		expect(await module.filters()).toEqual({
			Poziom: { 'Poziom 2': 3, '3': 1 },
			'Obszar &amp; co': { Operations: 4 },
			other: { x: 1 },
		});

		pagefind.search.mockResolvedValue({ ...results(), filters: { level: { '2': 1 } } });
		const found = await module.search('x', {
			filters: { Poziom: ['Poziom 2', '3'], any: [{ 'Obszar &amp; co': 'Operations' }] },
		});
		expect(pagefind.search).toHaveBeenCalledWith('x', {
			filters: { level: ['2', '3'], any: [{ area: 'Operations' }] },
		});
		expect(found.filters).toEqual({ Poziom: { 'Poziom 2': 1 } });
		await module.options({ filterLabels: {} });
	});
});
