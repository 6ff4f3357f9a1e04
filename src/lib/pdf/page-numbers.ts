import type { Page } from 'playwright-core';

/**
 * How a page reference prints, from the UI strings: `%p` stands for the page, `%l` for the number
 * of a figure or table, e.g. " (p. %p)" and " (%l, p. %p)".
 */
export interface RefTemplates {
	pageRef: string;
	labelledRef: string;
}

/**
 * Writes page numbers into every element of the print page that names a `data-target`: the
 * contents and the list of figures (the number), the process index's page column (the number),
 * references in the text (" (p. 62)", " (Figure 6.1, p. 62)") and the index (each page once per
 * entry). `pages` is the page of each destination from the last pass, or one number for all of them
 * (a first pass with numbers of a typical width); `fallback` is the number of a target that `pages`
 * lacks (a guess from an earlier build). Returns the targets that `pages` has no page for.
 */
export async function fillPageNumbers(
	page: Page,
	pages: Map<string, number> | number,
	templates: RefTemplates,
	fallback?: number
): Promise<string[]> {
	return page.evaluate(
		({ entries, every, templates, fallback }) => {
			const byName = new Map(entries);
			const missing: string[] = [];
			for (const el of document.querySelectorAll<HTMLElement>('[data-target]')) {
				const target = el.dataset.target ?? '';
				const known = every ?? byName.get(target);
				const n = known ?? fallback;
				if (known === undefined) missing.push(target);
				if (n === undefined) {
					el.textContent = '';
				} else if (el.classList.contains('page-ref') && !el.classList.contains('page-ref--bare')) {
					const label = el.dataset.label;
					el.textContent = (label ? templates.labelledRef : templates.pageRef)
						.replace('%l', label ?? '')
						.replace('%p', String(n));
				} else el.textContent = String(n);
			}
			// An index entry lists a page once, however many of its places are on it.
			for (const list of document.querySelectorAll('.book-index__pages')) {
				const seen = new Set<string>();
				for (const a of list.children) {
					if (seen.has(a.textContent ?? '')) a.textContent = '';
					else seen.add(a.textContent ?? '');
				}
			}
			return missing;
		},
		{
			entries: typeof pages === 'number' ? [] : [...pages],
			every: typeof pages === 'number' ? pages : undefined,
			templates,
			fallback,
		}
	);
}

/** The text of every `data-target` element, in document order: what the last pass printed. */
export async function filledPageNumbers(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('[data-target]')].map((el) => el.textContent ?? '')
	);
}

/** The reference templates from the UI strings (etom.print.pageRef, etom.print.labelledRef). */
export const refTemplates = (
	t: (key: string, values?: Record<string, string>) => string
): RefTemplates => ({
	pageRef: t('etom.print.pageRef', { page: '%p' }),
	labelledRef: t('etom.print.labelledRef', { page: '%p', label: '%l' }),
});
