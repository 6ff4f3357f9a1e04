import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { siteRoot } from './base-path.ts';
import type { SidebarItem } from './content/book.ts';
import type { Handbook } from './content/model.ts';

type Entry = StarlightRouteData['sidebar'][number];
type Link = Extract<Entry, { type: 'link' }>;
type Pagination = StarlightRouteData['pagination'];

/** Where the entries are for: the edition's language, its locale key (none for English), the base. */
export interface SidebarEdition {
	lang: string;
	locale: string | undefined;
	base: string;
}

const trim = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);

/**
 * The sidebar of an edition as Starlight resolves the handbook's sidebar configuration
 * (`Handbook.sidebar()`, src/lib/content/book.ts): groups with the edition's label, a link per
 * chapter labelled with its title in the edition (the English one for a page not translated yet),
 * the print link under the edition's prefix. Starlight resolves the configuration it was started
 * with; this resolves the content model of the moment, so a chapter added or removed while the dev
 * server runs is in the sidebar at once, without a restart.
 */
export function sidebarEntries(handbook: Handbook, edition: SidebarEdition): Entry[] {
	const { lang, locale } = edition;
	const root = `${siteRoot(edition.base)}${locale ? `${locale}/` : ''}`;
	const resolve = (item: SidebarItem): Entry => {
		if ('slug' in item) {
			const data = (handbook.sourceIn(item.slug, lang)?.data ?? {}) as {
				title?: string;
				sidebar?: { label?: string; attrs?: Record<string, string> };
			};
			return {
				type: 'link',
				label: data.sidebar?.label || data.title || item.slug,
				href: `${root}${item.slug === 'index' ? '' : `${item.slug}/`}`,
				isCurrent: false,
				badge: undefined,
				attrs: { ...data.sidebar?.attrs },
			};
		}
		const label = item.translations?.[lang] || item.label;
		if ('link' in item)
			return {
				type: 'link',
				label,
				href: `${root}${item.link.replace(/^\//, '')}`,
				isCurrent: false,
				badge: undefined,
				attrs: {},
			};
		return {
			type: 'group',
			label,
			entries: item.items.map(resolve),
			collapsed: item.collapsed ?? false,
			badge: undefined,
		};
	};
	return handbook.sidebar().map(resolve);
}

/**
 * The entries with the page at `pathname` marked current (the first link to it, as Starlight marks
 * it), sharing every group and link that does not lead to it.
 */
export function withCurrent(entries: Entry[], pathname: string): Entry[] {
	// The request's path is URL-encoded already; hrefs are encoded to compare, as Starlight does.
	const target = trim(pathname);
	let found = false;
	const mark = (list: Entry[]): Entry[] => {
		let changed = false;
		const marked = list.map((entry) => {
			if (found) return entry;
			if (entry.type === 'link') {
				if (trim(encodeURI(entry.href)) !== target) return entry;
				found = true;
				changed = true;
				return { ...entry, isCurrent: true };
			}
			const inner = mark(entry.entries);
			if (inner === entry.entries) return entry;
			changed = true;
			return { ...entry, entries: inner };
		});
		return changed ? marked : list;
	};
	return mark(entries);
}

const links = (entries: Entry[]): Link[] =>
	entries.flatMap((e) => (e.type === 'link' ? [e] : links(e.entries)));

/** Previous and next page, from the sidebar's links in order, as Starlight pages the book. */
export function paginationOf(
	entries: Entry[],
	frontmatter: { prev?: unknown; next?: unknown }
): Pagination {
	const all = links(entries);
	const at = all.findIndex((link) => link.isCurrent);
	// A chapter's `prev`/`next`: false hides the link, a string relabels it, an object replaces it.
	const pick = (link: Link | undefined, config: unknown): Link | undefined => {
		if (config === false) return undefined;
		if (typeof config === 'string') return link && { ...link, label: config };
		if (config && typeof config === 'object') {
			const { label, link: href } = config as { label?: string; link?: string };
			if (link) return { ...link, label: label ?? link.label, href: href ?? link.href, attrs: {} };
			if (href && label)
				return { type: 'link', label, href, isCurrent: false, badge: undefined, attrs: {} };
		}
		return link;
	};
	return {
		prev: pick(at > 0 ? all[at - 1] : undefined, frontmatter.prev),
		next: pick(at > -1 ? all[at + 1] : undefined, frontmatter.next),
	};
}
