import type { Page } from 'playwright-core';

/**
 * Adds the export's own CSS to the print page as a constructed style sheet: the page's Content
 * Security Policy admits only the <style> elements it names by hash, and the book is printed with
 * that policy in force, as readers get it.
 */
export async function addStyleSheet(page: Page, css: string): Promise<void> {
	await page.evaluate((text) => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(text);
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	}, css);
}
