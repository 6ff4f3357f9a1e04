import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type Entry = StarlightRouteData['sidebar'][number];
type Group = Extract<Entry, { type: 'group' }>;

/** Most links a folder group shows on a page outside it: one, its index page (which lists the rest). */
const folderGroupLimit = 1;

const links = (entries: Entry[]): number =>
	entries.reduce((n, e) => n + (e.type === 'link' ? 1 : links(e.entries)), 0);
const holdsCurrent = (entries: Entry[]): boolean =>
	entries.some((e) => (e.type === 'link' ? e.isCurrent : holdsCurrent(e.entries)));

/**
 * Keeps each page's navigation bounded. Starlight writes the whole sidebar into every page, so with
 * one page per Level-3 process the output would grow with the square of the page count. A folder
 * group (any group below a part, collapsed in the sidebar) that does not hold the current page and
 * has more than `limit` links shows only its first link, the folder's index page, which lists the
 * rest. Parts, and the folder that holds the current page, are shown whole.
 */
export function boundSidebar(sidebar: Entry[], limit = folderGroupLimit, depth = 0): Entry[] {
	return sidebar.map((entry) => {
		if (entry.type !== 'group') return entry;
		if (depth > 0 && !holdsCurrent(entry.entries) && links(entry.entries) > limit) {
			const first = entry.entries.find((e) => e.type === 'link');
			return { ...entry, entries: first ? [first] : [] } satisfies Group;
		}
		return { ...entry, entries: boundSidebar(entry.entries, limit, depth + 1) } satisfies Group;
	});
}
