import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface BrokenLink {
	/** URL path of the page holding the link, e.g. /operations/crm/. */
	page: string;
	href: string;
	reason: string;
}

/** URL path of a built HTML file: `operations/crm/index.html` -> `/operations/crm/`. */
const pageUrl = (file: string) => `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
const hrefs = (html: string) => [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&#x26;', '&').replaceAll('&amp;', '&'));

/**
 * Checks every internal link of a built site: the page must exist as a file (as a static host would
 * serve it, no rewrites) and a #fragment must name an element id on it. Works on the HTML itself, so
 * it also covers links made by components and by the catalog tags. Attributes are read with regular
 * expressions: Astro writes them double-quoted and we only need `id` and `<a href>`.
 */
export function checkLinks(distDir: string, base = '/'): BrokenLink[] {
	const root = base.endsWith('/') ? base : `${base}/`;
	const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
	const idCache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let set = idCache.get(file);
		if (!set) idCache.set(file, (set = ids(readFileSync(join(distDir, file), 'utf8'))));
		return set;
	};
	const broken: BrokenLink[] = [];
	for (const file of files) {
		const page = `${root.slice(0, -1)}${pageUrl(file)}`;
		for (const href of new Set(hrefs(readFileSync(join(distDir, file), 'utf8')))) {
			if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
			const url = new URL(href, `http://site${page}`);
			if (!url.pathname.startsWith(root)) {
				broken.push({ page, href, reason: `outside the site's base path ${root}` });
				continue;
			}
			const rel = decodeURIComponent(url.pathname.slice(root.length));
			const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
			const target = candidates.find((c) => existsSync(join(distDir, c)));
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
