import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { locales } from './i18n/locales.ts';

type Entry = StarlightRouteData['sidebar'][number];
type Pagination = StarlightRouteData['pagination'];

const localizedPrintPaths = (root: string) =>
	new Set(
		Object.keys(locales)
			.filter((key) => key !== 'root')
			.map((key) => `${root}${key}/print/`)
	);

/**
 * The print edition exists in English only (src/pages/print.astro), but Starlight puts the sidebar
 * link to it, and the "next page" link of the last appendix, under the page's locale (`/es/print/`):
 * in another edition they lead to the English one.
 */
export function printLinksToEnglish(
	route: { sidebar: Entry[]; pagination: Pagination },
	base: string
): { sidebar: Entry[]; pagination: Pagination } {
	const root = base.endsWith('/') ? base : `${base}/`;
	const localized = localizedPrintPaths(root);
	const fix = <T extends { href: string }>(link: T): T =>
		localized.has(link.href) ? { ...link, href: `${root}print/` } : link;
	const entries = (list: Entry[]): Entry[] =>
		list.map((entry) =>
			entry.type === 'group' ? { ...entry, entries: entries(entry.entries) } : fix(entry)
		);
	const { prev, next } = route.pagination;
	return {
		sidebar: entries(route.sidebar),
		pagination: { prev: prev && fix(prev), next: next && fix(next) },
	};
}
