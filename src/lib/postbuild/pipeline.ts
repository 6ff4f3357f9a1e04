import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { FoundBrowser } from '../browser.ts';
import type { Handbook } from '../content/model.ts';
import { displayPath } from '../content/paths.ts';
import { exportPdfs, summary } from '../pdf/export.ts';
import { pdfPlan, type Paper } from '../pdf/plan.ts';
import { checkPagePolicy } from '../security/policy.ts';
import { distPages, scanPage } from './dist.ts';
import { brokenLinks, linksOf } from './links.ts';
import { placeNotFoundPages } from './not-found.ts';
import { buildSearchIndex } from './search-index.ts';
import { checkSecurity } from './security.ts';
import type { SocialImages } from './social-images.ts';
import { siteRoot } from '../base-path.ts';

export interface PostBuildOptions {
	handbook: Handbook;
	distDir: string;
	base: string;
	/** The social images, being drawn since the build started (`startSocialImages`). */
	socialImages: SocialImages;
	/** The browser and paper of the PDFs, or why they are skipped. */
	pdf: { browser: FoundBrowser; paper: Paper; duplex: boolean } | { skipped: string };
	logger: AstroIntegrationLogger;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The chapter file behind each page URL, so that a message names the file a maintainer edits. */
function chapterFiles(handbook: Handbook, base: string): Map<string, string> {
	const root = siteRoot(base);
	return new Map(
		handbook.data.chapters.map((c) => [
			`${root}${c.slug}${c.slug ? '/' : ''}`,
			displayPath(join(handbook.data.paths.docsDir, c.file)),
		])
	);
}

/**
 * Everything that happens to `dist/` after Astro has written the pages, in a fixed order: the link
 * check first (the cheapest step, and a broken link must fail the build before minutes go into
 * PDFs), then the security check (every page's Content Security Policy, and `_headers`), the
 * search index, the social images and the PDFs. Each step logs its progress and a one-line
 * summary under its own label.
 */
export async function runPostBuild(options: PostBuildOptions): Promise<void> {
	const { handbook, distDir, base, logger } = options;
	const sources = chapterFiles(handbook, base);
	const where = (page: string) => `${sources.get(page) ?? page} (page ${page})`;

	// The pages are rendered: the rest of the social images may have the core the rendering had.
	options.socialImages.pagesRendered();
	placeNotFoundPages(distDir, handbook.data.editions);

	checkPages(options, where);

	const searchLog = logger.fork('search');
	const started = performance.now();
	const { pages } = await buildSearchIndex(distDir);
	searchLog.info(`indexed ${pages} pages in ${seconds(performance.now() - started)}`);

	const socialLog = logger.fork('social');
	const social = await options.socialImages.writeTo(distDir, (m) => socialLog.info(m));
	const workers = social.workers === 1 ? '1 worker' : `${social.workers} workers`;
	socialLog.info(
		`${social.images} images: ${social.drawn} drawn in ${seconds(social.drawMs)}${social.drawn ? ` by ${workers} (${seconds(social.waitedMs)} after the pages)` : ''}, ${social.images - social.drawn} from cache`
	);

	const pdfLog = logger.fork('pdf');
	if ('skipped' in options.pdf) {
		pdfLog.info(`skipped: ${options.pdf.skipped}`);
		return;
	}
	const report = await exportPdfs({
		handbook,
		distDir,
		base,
		...options.pdf,
		pageCache: handbook.data.paths.pageCacheFile,
		log: (m) => pdfLog.info(m),
	});
	pdfLog.info(`${summary(report)} (${options.pdf.paper}${options.pdf.duplex ? ', duplex' : ''})`);
}

/**
 * The link check, then the security check, over one reading of every page: a thousand pages read
 * and tokenized twice cost about a second more, and as much garbage again at the build's memory
 * peak. The pages' links and policies are dropped when it returns.
 */
function checkPages(options: PostBuildOptions, where: (page: string) => string): void {
	const { handbook, distDir, base, logger } = options;
	const linkLog = logger.fork('links');
	let started = performance.now();
	const built = distPages(distDir, base).map((page) => {
		const elements = scanPage(readFileSync(join(distDir, page.file), 'utf8'));
		return { ...page, ...linksOf(elements), policy: checkPagePolicy(elements) };
	});
	const planned =
		'skipped' in options.pdf
			? []
			: handbook.data.editions.flatMap((lang) => pdfPlan(handbook, lang).map((p) => p.path));
	const broken = brokenLinks(built, distDir, base, new Set(planned));
	if (broken.length > 0) {
		const lines = broken.map((b) => `  ${where(b.page)}: ${b.href}: ${b.reason}`);
		throw new Error(`Broken internal links (fix the link or the target):\n${lines.join('\n')}`);
	}
	linkLog.info(`every internal link and anchor resolves (${seconds(performance.now() - started)})`);

	const securityLog = logger.fork('csp');
	started = performance.now();
	const security = checkSecurity(built, distDir, base);
	if (security.problems.length > 0) {
		const lines = security.problems.map(
			({ page, problem }) =>
				`  ${where(page)}: ${problem.what}${problem.sample ? `: ${problem.sample}` : ''}`
		);
		throw new Error(
			`Content Security Policy: ${lines.length} problem(s). A script must be a bundled <script> or an ` +
				'<script is:inline> in a component (hashed from its source, src/lib/security/inline-scripts.ts); ' +
				'a <style> in chapter HTML must be recorded by its remark plugin (src/lib/security/style-hashes.ts); ' +
				`nothing may load from another origin (README, "Security"):\n${lines.join('\n')}`
		);
	}
	securityLog.info(
		`${security.pages} pages carry their policy; ${security.inlineScripts} inline scripts and ${security.inlineStyles} <style> elements named by hash; wrote _headers (${seconds(performance.now() - started)})`
	);
}
