import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { handbook } from './lib/content/handbook.ts';
import { boundSidebar } from './lib/sidebar-bound.ts';
import { paginationOf, sidebarEntries, withCurrent } from './lib/sidebar-entries.ts';

// Each edition's sidebar, resolved once. When the dev server has a new content model, this module
// is evaluated again with it (it imports the model), and resolves the sidebars anew.
const resolved = new Map<string, ReturnType<typeof sidebarEntries>>();

// Starlight route middleware: runs for every page before it is rendered.
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	// The sidebar and the previous/next links from the content model rather than from the
	// configuration Starlight started with, so that a chapter added while the dev server runs shows.
	let entries = resolved.get(route.lang);
	if (!entries) {
		entries = sidebarEntries(handbook, {
			lang: route.lang,
			locale: route.locale,
			base: import.meta.env.BASE_URL,
		});
		resolved.set(route.lang, entries);
	}
	const sidebar = withCurrent(entries, context.url.pathname);
	route.pagination = paginationOf(sidebar, route.entry.data);
	route.sidebar = boundSidebar(sidebar);
	// An untranslated page of an edition is the English one under the edition's prefix: Starlight
	// would index it as the edition's language, so searching that edition would find English text.
	// The entry is shared with the English page, so the flag goes on a copy.
	if (route.isFallback)
		route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
});
