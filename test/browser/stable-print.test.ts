import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../src/lib/browser.ts';
import { filledPageNumbers } from '../../src/lib/pdf/page-numbers.ts';
import { printUntilStable } from '../../src/lib/pdf/stable-print.ts';
import { chromiumForTests } from '../helpers/browser.ts';

const chromium = chromiumForTests();
const templates = { pageRef: ' (p. %p)', labelledRef: ' (%l, p. %p)' };
const pdfOptions = { preferCSSPageSize: true } as const;

// Three pages: the first refers to the others, the third holds a figure.
const book = (extra = '') => `<!doctype html><html><head><style>
	@page { size: A5; } section { break-before: page; } section:first-child { break-before: auto; }
</style></head><body>
<section><p><a href="#two">Two</a><span class="page-ref" data-target="two"></span>,
<a href="#fig">the figure</a><span class="page-ref" data-target="fig" data-label="Figure 1.1"></span>.</p>
<a href="#three">Three</a> <span class="toc__page" data-target="three"></span>
<p class="book-index__pages"><a class="book-index__page" href="#two" data-target="two"></a><a class="book-index__page" href="#two-b" data-target="two-b"></a></p>${extra}</section>
<section><h2 id="two">Two</h2><p id="two-b"><a href="#two-b">b</a></p></section>
<section><h2 id="three">Three</h2><figure id="fig"><figcaption>Figure 1.1</figcaption></figure></section>
</body></html>`;

describe.skipIf(!chromium)('printUntilStable', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser(chromium!);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('fills every page number from the measured destinations and stops once none moves', async () => {
		const page = await browser.newPage();
		await page.setContent(book());
		const printed = await printUntilStable(page, { pdfOptions, templates });
		expect(printed.passes).toBe(2);
		expect(printed.pages.count).toBe(3);
		expect(printed.pages.byName.get('three')).toBe(3);
		// Two places of one index entry on the same page print that page once.
		expect(await filledPageNumbers(page)).toEqual([' (p. 2)', ' (Figure 1.1, p. 3)', '3', '2', '']);
	});

	it('prints once from a right guess, and again until stable from a wrong one', async () => {
		const right = new Map([
			['two', 2],
			['two-b', 2],
			['three', 3],
			['fig', 3],
		]);
		const page = await browser.newPage();
		await page.setContent(book());
		const once = await printUntilStable(page, { pdfOptions, templates, guess: right });
		expect(once.passes).toBe(1);
		expect(await filledPageNumbers(page)).toEqual([' (p. 2)', ' (Figure 1.1, p. 3)', '3', '2', '']);

		// A stale guess (the book changed since): the numbers still end up right, a pass later.
		const stale = new Map([...right, ['three', 7]]);
		stale.delete('fig');
		const fresh = await browser.newPage();
		await fresh.setContent(book());
		const again = await printUntilStable(fresh, { pdfOptions, templates, guess: stale });
		expect(again.passes).toBe(2);
		expect(again.pages.byName).toEqual(right);
		expect(await filledPageNumbers(fresh)).toEqual([
			' (p. 2)',
			' (Figure 1.1, p. 3)',
			'3',
			'2',
			'',
		]);
	});

	it('fails, naming it, when a number refers to a target that no link makes a destination', async () => {
		const page = await browser.newPage();
		await page.setContent(book('<span class="page-ref" data-target="nowhere"></span>'));
		await expect(printUntilStable(page, { pdfOptions, templates })).rejects.toThrow(
			/1 place\(s\) that have no destination in the PDF: nowhere/
		);
	});
});
