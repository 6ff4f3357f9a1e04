import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { etomHandbook } from './integration.ts';
import { keyOfLang, locales } from './lib/i18n/locales.ts';
import { label } from './lib/i18n/strings.ts';
import { loadHandbook } from './lib/content/load.ts';
import { handbookPaths, type HandbookPathOptions } from './lib/content/paths.ts';
import { duplexFrom, paperFrom } from './lib/pdf/paper.ts';
import type { PdfSetting } from './lib/pdf/setting.ts';
import { astroCsp } from './lib/security/csp.ts';
import { inlineScriptHashes } from './lib/security/inline-scripts.ts';

export interface HandbookConfigOptions extends HandbookPathOptions {
	/** The public origin (absolute URLs, sitemap); usually from SITE_URL. */
	site?: string | undefined;
	/** The sub-path the site is served under; usually from BASE_PATH. */
	base?: string | undefined;
	/** `A4` (default) or `letter`; usually from PDF_PAPER. */
	paper?: string | undefined;
	/** Print the book for duplex (parts and chapters on right-hand pages); usually from PDF_DUPLEX. */
	duplex?: string | boolean | undefined;
	/**
	 * Make the PDFs when a browser is found (`auto`, the default; under CI=true a build without a
	 * browser fails), always (`on`: a build without a browser fails), or never (`false`); usually
	 * from PDF (src/lib/pdf/setting.ts).
	 */
	pdf?: PdfSetting;
	/** Where drawn social images are kept between builds (default: the root's node_modules/.cache). */
	socialCacheDir?: string;
}

/** Files of this project, wherever the Astro root is (fixture projects have their own root). */
const own = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The handbook's Astro configuration: Starlight with the handbook's content, components and
 * integration. `astro.config.mjs` calls it with the deployment settings; fixture projects under
 * test/fixtures/ call it with their own root and content.
 */
export function handbookConfig(options: HandbookConfigOptions = {}): AstroUserConfig {
	const paths = handbookPaths(options);
	const { version } = JSON.parse(readFileSync(own('../package.json'), 'utf8')) as {
		version: string;
	};
	const handbook = loadHandbook(paths, version);
	const t = (key: string) => label(handbook.data.strings, key);

	const docs = starlight({
		title: t('etom.site.title').translations,
		description: t('etom.site.description').label,
		defaultLocale: 'root',
		// The editions whose chapters exist (English always): Starlight serves each under its prefix.
		locales: Object.fromEntries(
			handbook.data.editions.map((lang) => [keyOfLang(lang), locales[keyOfLang(lang)]])
		),
		sidebar: handbook.sidebar(),
		// The chapters' 404.md renders through the docs route (at 404.html); Starlight's own 404 route
		// would render the same page a second time.
		disable404Route: true,
		routeMiddleware: own('./route-middleware.ts'),
		components: {
			MarkdownContent: own('./components/MarkdownContent.astro'),
			Head: own('./components/Head.astro'),
			Search: own('./components/Search.astro'),
		},
		// Starlight's heading anchors and asides for the chapters, which live outside src/content/docs.
		markdown: { processedDirs: [paths.docsDir] },
		// Inter is the diagrams' font: they are measured with it, so pages use it too.
		customCss: [
			'@fontsource/inter/400.css',
			'@fontsource/inter/600.css',
			own('./styles/handbook.css'),
			own('./styles/print.css'),
		],
	});
	// Starlight's only build:done work is the Pagefind index; the handbook's post-build pipeline
	// builds it itself, after the link check (src/lib/postbuild/pipeline.ts).
	delete docs.hooks['astro:build:done'];

	return {
		root: paths.root,
		srcDir: own('./'),
		publicDir: own('../public'),
		outDir: join(paths.root, 'dist'),
		site: options.site || undefined,
		base: options.base || '/',
		// A strict Content Security Policy on every page (src/lib/security/csp.ts): Astro hashes the
		// scripts and styles it emits; the components' inline scripts are hashed from their source.
		security: { csp: astroCsp(inlineScriptHashes()) },
		build: {
			// Every style sheet a file of its own ('self'): Astro does not hash the small sheets it would
			// inline into pages that render chapters through render() (the print page).
			inlineStylesheets: 'never',
		},
		markdown: {
			// Code blocks are Expressive Code's (Starlight's), styled from a style sheet; Astro's own
			// Shiki, which would style them with inline <style>, never runs.
			syntaxHighlight: false,
		},
		integrations: [
			etomHandbook({
				handbook,
				version,
				pdf: options.pdf ?? 'auto',
				paper: paperFrom(options.paper),
				duplex: duplexFrom(options.duplex),
				socialCacheDir:
					options.socialCacheDir ?? join(paths.root, 'node_modules', '.cache', 'etom-social'),
			}),
			docs,
			...(options.site ? [] : [noSitemap()]),
		],
		vite: {
			// Chapters import components as `~/components/...` (tsconfig.json's path); spelled out here
			// too, for fixture projects whose root has no tsconfig.json.
			resolve: { alias: { '~': own('./') } },
			// The dev server watches sources only: the output, the benchmark's projects and the test
			// fixtures hold tens of thousands of files, which the watcher would otherwise crawl at start.
			server: {
				watch: { ignored: ['dist', 'bench', 'test'].map((dir) => join(paths.root, dir, '**')) },
			},
			build: {
				rolldownOptions: {
					onLog(level, log, handler) {
						// Astro marks every MDX page's asset module with this directive for its own use;
						// the bundler's notice that it drops it is noise (one box per chapter).
						if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'))
							return;
						handler(level, log);
					},
				},
			},
		},
	};
}

/**
 * Without a site URL there can be no sitemap: an integration under the sitemap's name keeps
 * Starlight from adding the real one (which would only warn and skip), and says how to get one.
 */
function noSitemap(): AstroIntegration {
	return {
		name: '@astrojs/sitemap',
		hooks: {
			'astro:build:done'({ logger }) {
				logger.info(
					'skipped: no site URL. Set SITE_URL (e.g. https://handbook.example.org) to write sitemap-index.xml.'
				);
			},
		},
	};
}
