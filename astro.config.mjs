// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { etomHandbook } from './src/integration.ts';
import { sidebar } from './src/lib/book.ts';
import { locales } from './src/lib/locales.ts';
import { label, titles } from './src/lib/site-strings.ts';
import { socialImages } from './src/social-images.ts';

// The benchmark builds the same synthetic pages with Starlight as it comes, for side-by-side
// figures: ETOM_VANILLA_SRC names a source folder holding a plain content.config.ts and the pages
// in content/docs, and nothing of the handbook is used.
const vanillaSrc = process.env.ETOM_VANILLA_SRC;

export default defineConfig(
	vanillaSrc
		? {
				srcDir: vanillaSrc,
				cacheDir: process.env.ETOM_CACHE_DIR || './node_modules/.astro',
				integrations: [starlight({ title: 'Vanilla Starlight', sidebar: [{ label: 'Operations', items: [{ autogenerate: { directory: 'operations' } }] }] })],
			}
		: {
				// Deployment settings come from the environment so that one build recipe serves any
				// static host: SITE_URL (absolute URLs, sitemap) and BASE_PATH (e.g. /etom-handbook/).
				site: process.env.SITE_URL || undefined,
				base: process.env.BASE_PATH || '/',
				outDir: './dist',
				// Separate caches let the build tests run fixture handbooks without touching the real one.
				cacheDir: process.env.ETOM_CACHE_DIR || './node_modules/.astro',
				integrations: [
					etomHandbook(),
					starlight({
						title: titles('etom.site.title'),
						description: label('etom.site.description').label,
						defaultLocale: 'root',
						locales,
						sidebar: sidebar(),
						routeMiddleware: './src/route-middleware.ts',
						components: {
							MarkdownContent: './src/components/MarkdownContent.astro',
							Head: './src/components/Head.astro',
							Search: './src/components/Search.astro',
						},
						// Inter is the diagrams' font: they are measured with it, so pages use it too.
						customCss: ['@fontsource/inter/400.css', '@fontsource/inter/600.css', './src/styles/handbook.css', './src/styles/print.css'],
					}),
					socialImages(),
				],
			}
);
