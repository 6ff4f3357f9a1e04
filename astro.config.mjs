// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { etomHandbook } from './src/integration.ts';
import { locales } from './src/lib/locales.ts';
import { sidebar } from './src/lib/book.ts';
import { label, titles } from './src/lib/site-strings.ts';
import { socialImages } from './src/social-images.ts';

// Deployment settings come from the environment so that one build recipe serves any static host:
// SITE_URL (absolute URLs, sitemap) and BASE_PATH (e.g. /etom-handbook/ for a sub-path).
export default defineConfig({
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
			components: {
				MarkdownContent: './src/components/MarkdownContent.astro',
				Head: './src/components/Head.astro',
				Search: './src/components/Search.astro',
			},
			// Inter is the diagrams' font: they are measured with it when rendered, so pages must use it too.
			customCss: ['@fontsource/inter/400.css', '@fontsource/inter/600.css', './src/styles/handbook.css', './src/styles/print.css'],
		}),
		socialImages(),
	],
});
