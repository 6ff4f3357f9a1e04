import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { findChromium, noBrowserHelp } from './lib/browser.ts';
import { DiagramService } from './lib/diagrams/service.ts';
import { loadCatalog } from './lib/catalog.ts';
import { groupingError, groupingsWithoutChapter } from './lib/grouping-check.ts';
import { checkLinks } from './lib/link-check.ts';
import { exportPdfs, summary } from './lib/pdf/export.ts';
import { paperFrom } from './lib/pdf/paper.ts';
import { catalogFile, displayPath, docsDir } from './lib/paths.ts';
import { remarkAbbr } from './lib/remark-abbr.ts';
import { remarkBaseLinks } from './lib/remark-base-links.ts';
import { remarkDiagrams } from './lib/remark-diagrams.ts';
import { remarkProcess } from './lib/remark-process.ts';
import { listDocs, sectionIndex, slugOf } from './lib/sections.ts';

/**
 * The handbook's build pieces that are not Starlight's: the catalog tags in chapters
 * (`<Process>`, `<ProcessLink>`), diagrams rendered at build time, acronym expansions, the PDFs,
 * checks that every grouping has a chapter and that every internal link of the output resolves,
 * and a dev-server reload when the catalog changes.
 */
export function etomHandbook(): AstroIntegration {
	let diagrams: DiagramService | undefined;
	let base = '/';
	return {
		name: 'etom-handbook',
		hooks: {
			'astro:config:setup'({ config, updateConfig, addWatchFile, logger }) {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				const log = logger.fork('diagrams');
				diagrams = new DiagramService(findChromium(), log);
				// Astro's default Markdown processor (Sätteri) runs no remark plugins; the catalog tags
				// need one, so chapters go through the unified processor. Starlight adds its own
				// plugins to whichever processor is configured.
				updateConfig({
					markdown: {
						processor: unified({
							remarkPlugins: [
								[remarkProcess, { base: config.base }],
								[remarkDiagrams, { diagrams }],
								[remarkBaseLinks, { base: config.base }],
								remarkAbbr,
							],
						}),
					},
				});
				addWatchFile(catalogFile());
			},
			'astro:build:start'() {
				const catalog = loadCatalog();
				const missing = groupingsWithoutChapter(catalog, sectionIndex());
				if (missing.length > 0) throw new Error(groupingError(catalog, missing));
			},
			async 'astro:build:done'({ dir, logger }) {
				logger.fork('diagrams').info(diagrams!.summary());
				await diagrams!.close();
				await buildPdfs(fileURLToPath(dir), base, logger.fork('pdf'));
				const broken = checkLinks(fileURLToPath(dir), base);
				if (broken.length > 0) {
					// Name the chapter a maintainer has to edit, not just the page.
					const sources = new Map(listDocs().map((f) => [`${base}${slugOf(f)}${slugOf(f) ? '/' : ''}`, displayPath(join(docsDir(), f))]));
					const lines = broken.map((b) => `  ${sources.get(b.page) ?? b.page} (page ${b.page}): ${b.href}: ${b.reason}`);
					throw new Error(`Broken internal links (fix the link or the target):\n${lines.join('\n')}`);
				}
				logger.fork('links').info('every internal link and anchor resolves');
			},
			async 'astro:server:done'() {
				await diagrams?.close();
			},
		},
	};
}

/**
 * The PDFs are part of the build when a browser is available; otherwise the build says why it
 * skips them and goes on (the site itself never needs a browser). ETOM_PDF=0 skips them on purpose.
 */
async function buildPdfs(distDir: string, base: string, log: AstroIntegrationLogger): Promise<void> {
	if (process.env.ETOM_PDF === '0') {
		log.info('skipped: ETOM_PDF=0');
		return;
	}
	const chromiumPath = findChromium();
	if (!chromiumPath) {
		log.warn(`skipped: ${noBrowserHelp}, then run "npm run pdf" (or build again).`);
		return;
	}
	const paper = paperFrom(process.env.PDF_PAPER);
	const report = await exportPdfs({ distDir, base, paper, chromiumPath, log: (m) => log.info(m) });
	log.info(`${summary(report)} (${paper})`);
}
