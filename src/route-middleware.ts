import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { boundSidebar } from './lib/sidebar-bound.ts';

// Starlight route middleware: runs for every page before it is rendered.
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.sidebar = boundSidebar(route.sidebar);
	// An untranslated page of an edition is the English one under the edition's prefix: Starlight
	// would index it as the edition's language, so searching that edition would find English text.
	// The entry is shared with the English page, so the flag goes on a copy.
	if (route.isFallback)
		route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
});
