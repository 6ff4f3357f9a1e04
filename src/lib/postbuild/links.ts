import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { attr, distPages, elements, readPage } from './dist.ts';

export interface BrokenLink {
	/** URL path of the page holding the link, e.g. /operations/crm/. */
	page: string;
	href: string;
	reason: string;
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
	const root = base.endsWith('/') ? base : `${base}/`;
	const idCache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let set = idCache.get(file);
		if (!set)
			idCache.set(
				file,
				(set = new Set(elements(readPage(distDir, file)).flatMap((el) => attr(el, 'id') ?? [])))
			);
		return set;
	};
	const exists = (file: string) => planned.has(file) || existsSync(join(distDir, file));
	const broken: BrokenLink[] = [];
	for (const { file, url: page } of distPages(distDir, root)) {
		const tree = readPage(distDir, file);
		const hrefs = new Set(
			elements(tree, (el) => el.tagName === 'a').flatMap((a) => attr(a, 'href') ?? [])
		);
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
			if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
				broken.push({ page, href, reason: `no element with id "${fragment}" on that page` });
			}
		}
	}
	return broken;
}
