import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distPages, scanPage, type DistPage, type PageElement } from './dist.ts';
import { siteRoot } from '../base-path.ts';

export interface BrokenLink {
	/** URL path of the page holding the link, e.g. /operations/crm/. */
	page: string;
	href: string;
	reason: string;
}

/** What the link check needs of a page: the ids it defines and the hrefs of its links. */
export interface PageLinks {
	ids: Set<string>;
	hrefs: Set<string>;
}

/** A page's ids and link targets. */
export const pageLinks = (html: string): PageLinks => linksOf(scanPage(html));

/** The ids and link targets among a page's elements, as `scanPage` reads them. */
export function linksOf(elements: PageElement[]): PageLinks {
	const ids = new Set<string>();
	const hrefs = new Set<string>();
	for (const { tagName, attributes } of elements) {
		if (attributes.id !== undefined) ids.add(attributes.id);
		if (tagName === 'a' && attributes.href !== undefined) hrefs.add(attributes.href);
	}
	return { ids, hrefs };
}

/**
 * Checks every internal link of a built site: the page must exist as a file (as a static host would
 * serve it, no rewrites) and a #fragment must name an element id on it. Works on the HTML itself, so
 * it also covers links made by components and by the catalog tags. `planned` names files that later
 * post-build steps will write (the PDFs), which links may already point to.
 */
export function checkLinks(
	distDir: string,
	base = '/',
	planned: ReadonlySet<string> = new Set()
): BrokenLink[] {
	const root = siteRoot(base);
	const pages = distPages(distDir, root).map((p) => ({
		...p,
		...pageLinks(readFileSync(join(distDir, p.file), 'utf8')),
	}));
	return brokenLinks(pages, distDir, base, planned);
}

/** The broken links among every page's links, read already (the post-build pipeline reads each page once). */
export function brokenLinks(
	pages: (DistPage & PageLinks)[],
	distDir: string,
	base = '/',
	planned: ReadonlySet<string> = new Set()
): BrokenLink[] {
	const root = siteRoot(base);
	const idsOf = new Map(pages.map((p) => [p.file, p.ids]));
	const exists = (file: string) =>
		idsOf.has(file) || planned.has(file) || existsSync(join(distDir, file));
	const broken: BrokenLink[] = [];
	for (const { url: page, hrefs } of pages) {
		for (const href of hrefs) {
			if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
			const url = new URL(href, `http://site${page}`);
			if (!url.pathname.startsWith(root)) {
				broken.push({ page, href, reason: `outside the site's base path ${root}` });
				continue;
			}
			const rel = decodeURIComponent(url.pathname.slice(root.length));
			const candidates =
				rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
			const target = candidates.find(exists);
			if (!target) {
				broken.push({ page, href, reason: 'no such page' });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			const ids = idsOf.get(target);
			if (fragment && ids && !ids.has(fragment)) {
				broken.push({ page, href, reason: `no element with id "${fragment}" on that page` });
			}
		}
	}
	return broken;
}
