import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import type { VFile } from 'vfile';
import { findBrowser } from './lib/browser.ts';
import { loadHandbook } from './lib/content/load.ts';
import type { Handbook } from './lib/content/model.ts';
import { diagramCacheDir, type HandbookPaths } from './lib/content/paths.ts';
import { DiagramService } from './lib/diagrams/service.ts';
import { remarkAbbr } from './lib/markdown/remark-abbr.ts';
import { remarkBaseLinks } from './lib/markdown/remark-base-links.ts';
import { englishSourceOf, langOfFile } from './lib/markdown/file-lang.ts';
import { defaultLang } from './lib/i18n/locales.ts';
import { remarkDiagrams } from './lib/markdown/remark-diagrams.ts';
import { remarkHeadingIds } from './lib/markdown/remark-heading-ids.ts';
import { remarkHtmlTags } from './lib/markdown/remark-html-tags.ts';
import { remarkProcess } from './lib/markdown/remark-process.ts';
import { remarkSmartPunctuation } from './lib/markdown/remark-smart-punctuation.ts';
import { rehypeTableCaptions } from './lib/markdown/rehype-table-captions.ts';
import type { Paper } from './lib/pdf/plan.ts';
import { pdfDecision, type PdfSetting } from './lib/pdf/setting.ts';
import type { SocialImages } from './lib/postbuild/social-images.ts';

export interface HandbookIntegrationOptions {
	/** The content model, loaded once by the configuration (see src/config.ts). */
	handbook: Handbook;
	/** Version of the handbook, printed on the cover; the dev server reloads the model with it. */
	version: string;
	/** Make the PDFs after the build: `auto` when a browser is found (the default; required under CI), `on` always, or never. */
	pdf: PdfSetting;
	paper: Paper;
	/** Parts and chapters of the book open on right-hand pages (blank versos inserted). */
	duplex: boolean;
	/** Where drawn social images are kept between builds. */
	socialCacheDir: string;
}

const virtualId = 'virtual:etom/handbook';

/** The parts of Vite's module runner that reloadModel uses (Vite is no direct dependency). */
interface ModuleRunnerHost {
	runner: {
		evaluatedModules: {
			getModuleById(id: string): { importers: Set<string> } | undefined;
			invalidateModule(node: { importers: Set<string> }): void;
		};
	};
}

/** Astro's dev server (Vite's, which is no direct dependency of the handbook). */
type DevServer = Parameters<
	NonNullable<AstroIntegration['hooks']['astro:server:setup']>
>[0]['server'];

/**
 * The handbook's build pieces that are not Starlight's:
 * - the content model, handed to the remark plugins and, as the virtual module
 *   `virtual:etom/handbook`, to the pages and components (src/lib/content/handbook.ts);
 * - the chapter tags (`<Process>`, `<ProcessLink>`, `<Diagram>`, acronyms, base-path links);
 * - the post-build pipeline (src/lib/postbuild/pipeline.ts);
 * - in dev, a fresh model whenever a chapter, the catalog, the glossary or the strings change.
 */
export function etomHandbook(options: HandbookIntegrationOptions): AstroIntegration {
	let { handbook } = options;
	const paths: HandbookPaths = handbook.data.paths;
	// One browser search per build, for the diagrams and the PDFs (src/lib/browser.ts).
	const browser = findBrowser();
	const pdf = pdfDecision(options.pdf, browser, process.env);
	let diagrams: DiagramService | undefined;
	let socialImages: SocialImages | undefined;
	let base = '/';
	const markdownErrors: Error[] = [];
	let cacheDir: URL;
	let root: URL;
	const pdfPlanned = 'browser' in pdf;

	// A Vite plugin (typed by Astro's `vite.plugins` option where it is used).
	const virtualModule = {
		name: 'etom-handbook-model',
		resolveId: (id: string) => (id === virtualId ? `\0${virtualId}` : undefined),
		load: (id: string) =>
			id === `\0${virtualId}`
				? `export const data = ${JSON.stringify(handbook.data)};\nexport const pdfPlanned = ${JSON.stringify(pdfPlanned)};\n`
				: undefined,
	};

	return {
		name: 'etom-handbook',
		hooks: {
			async 'astro:config:setup'({ command, config, updateConfig, addWatchFile, logger }) {
				// A build that must make the PDFs (CI, or PDF=on) and cannot fails now, not after the pages.
				if (command === 'build' && 'error' in pdf) throw new Error(pdf.error);
				// The cards need only the content model: drawing them on another core from here, while
				// Astro syncs the content and renders the pages, takes them off the build's critical path
				// (a failed build exits, and its workers with it).
				if (command === 'build') {
					const { startSocialImages } = await import('./lib/postbuild/social-images.ts');
					socialImages = startSocialImages(handbook, options.socialCacheDir);
				}
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				cacheDir = config.cacheDir;
				root = config.root;
				diagrams = new DiagramService(browser, logger.fork('diagrams'), diagramCacheDir(paths));
				const current = () => handbook;
				// Astro's default Markdown processor (Sätteri) runs no remark plugins; the chapter tags
				// need them, so chapters go through the unified processor. Starlight adds its own
				// plugins to whichever processor is configured.
				const processor = unified({
					// SmartyPants as Astro applies it, in the same place (first), at a fraction of the cost.
					smartypants: false,
					remarkPlugins: [
						remarkSmartPunctuation,
						remarkHtmlTags,
						[remarkProcess, { handbook: current, base: config.base }],
						[remarkHeadingIds, { handbook: current }],
						[remarkDiagrams, { handbook: current, diagrams }],
						[
							remarkBaseLinks,
							{
								base: config.base,
								edition: (file: VFile) => ({
									lang: langOfFile(handbook, file),
									// A chapter, or the print book: every edition has its own.
									isChapter: (path: string) =>
										/^print\/(instructor\/)?$/.test(path) ||
										handbook.source(path.replace(/\/$/, ''))?.lang === defaultLang,
								}),
							},
						],
						[remarkAbbr, { handbook: current }],
					],
					rehypePlugins: [
						[
							rehypeTableCaptions,
							{ idsFor: (file: VFile) => englishSourceOf(handbook, file)?.tableIds },
						],
					],
				});
				updateConfig({
					vite: { plugins: [virtualModule] },
					markdown: { processor: failingLoudly(processor, markdownErrors) },
				});
				// A change to these restarts Astro's dev server, which loads the configuration (the site's
				// title and labels come from the strings) and the content model again. Chapters need no
				// restart: the sidebar follows the content model (src/route-middleware.ts).
				for (const file of [paths.catalogFile, paths.glossaryDir, paths.i18nDir])
					addWatchFile(file);
			},
			'astro:build:start'() {
				// Astro renders .md chapters while the content syncs, and only logs a chapter that fails.
				// Its stored entries go too: kept, the next build would take the failed chapter as done.
				if (markdownErrors.length > 0) {
					rmSync(new URL('data-store.json', cacheDir), { force: true });
					rmSync(new URL('data-store/', cacheDir), { recursive: true, force: true });
					throw markdownErrors[0];
				}
			},
			'astro:server:setup'({ server, logger }) {
				// One model for the whole dev session, rebuilt when a source changes: the remark plugins
				// read the new one at once, the pages through the invalidated virtual module.
				const sources = [
					paths.docsDir,
					paths.catalogFile,
					paths.glossaryDir,
					paths.i18nDir,
					paths.coursesDir,
				];
				const refresh = (file: string) => {
					if (!sources.some((s) => file.startsWith(s))) return;
					let next: Handbook;
					try {
						next = loadHandbook(paths, options.version);
					} catch (error) {
						logger.error((error as Error).message);
						return;
					}
					// Most saves change prose only: the model is the same, and only the saved page recompiles.
					if (JSON.stringify(next.data) === JSON.stringify(handbook.data)) return;
					handbook = next;
					reloadModel(server);
					storeBehind = true;
				};
				// A chapter added or removed reaches Starlight's routes only once Astro has stored it, a
				// moment later; Astro then clears its cache of routes, but a request still running puts
				// the old routes back. Pages evaluated anew after the store is written cannot be cached
				// with old routes (the cache is kept per page module).
				let storeBehind = false;
				const dataStore = fileURLToPath(new URL('.astro/data-store.json', root));
				const stored = (file: string) => {
					if (file !== dataStore || !storeBehind) return;
					storeBehind = false;
					reloadModel(server);
				};
				server.watcher.add(sources);
				for (const event of ['add', 'change', 'unlink'] as const) {
					server.watcher.on(event, refresh);
					server.watcher.on(event, stored);
				}
			},
			async 'astro:build:done'({ dir, logger }) {
				logger.fork('diagrams').info(diagrams!.summary());
				await diagrams!.close();
				const { runPostBuild } = await import('./lib/postbuild/pipeline.ts');
				await runPostBuild({
					handbook,
					distDir: fileURLToPath(dir),
					base,
					socialImages: socialImages!,
					pdf:
						'browser' in pdf
							? { browser: pdf.browser, paper: options.paper, duplex: options.duplex }
							: { skipped: 'skipped' in pdf ? pdf.skipped : pdf.error },
					logger,
				});
			},
			async 'astro:server:done'() {
				await diagrams?.close();
			},
		},
	};
}

/**
 * Makes the dev server's pages take the new content model: the virtual module is marked stale in
 * every environment, and in each module runner with every module that imports it, up to the pages,
 * so the next request evaluates them again. Vite reloads a runner's modules only for a file it
 * watches, and the model is no file (without this, a chapter added while the server runs could
 * stay out of the sidebar until the next save).
 */
function reloadModel(server: DevServer) {
	for (const environment of Object.values(server.environments)) {
		const module = environment.moduleGraph.getModuleById(`\0${virtualId}`);
		if (module) environment.moduleGraph.invalidateModule(module);
		// A module runner (Vite's RunnableDevEnvironment): where the server's pages are evaluated.
		const evaluated = (environment as Partial<ModuleRunnerHost>).runner?.evaluatedModules;
		if (!evaluated) continue;
		const stale = [`\0${virtualId}`];
		const seen = new Set<string>();
		for (const id of stale) {
			const node = seen.has(id) ? undefined : evaluated.getModuleById(id);
			seen.add(id);
			if (!node) continue;
			stale.push(...node.importers);
			evaluated.invalidateModule(node);
		}
	}
}

/**
 * The Markdown processor, recording every error a chapter's render throws in `errors`. The content
 * layer renders plain Markdown chapters (.md) when it syncs, and logs a render that throws but goes
 * on, with the chapter blank; the build fails on the recorded errors instead (astro:build:start).
 */
function failingLoudly(
	processor: ReturnType<typeof unified>,
	errors: Error[]
): ReturnType<typeof unified> {
	const createRenderer = processor.createRenderer.bind(processor);
	return Object.assign(processor, {
		async createRenderer(...args: Parameters<typeof createRenderer>) {
			const renderer = await createRenderer(...args);
			return {
				...renderer,
				async render(...input: Parameters<typeof renderer.render>) {
					try {
						return await renderer.render(...input);
					} catch (error) {
						errors.push(error as Error);
						throw error;
					}
				},
			};
		},
	});
}
