import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { boundSidebar } from './lib/sidebar-bound.ts';

// Starlight route middleware: runs for every page before it is rendered.
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.sidebar = boundSidebar(route.sidebar);
});
