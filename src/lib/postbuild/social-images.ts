import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Handbook } from '../content/model.ts';
import { socialImageSize, socialPages, type SocialPage } from '../social/cards.ts';
import { allCores, drawInWorkers, type DrawReport } from '../social/draw-pool.ts';
import { pngComplete, pngSize, socialImageKey } from '../social/image.ts';

/**
 * Whether a cached image can be used: a whole PNG (not cut short or damaged) of the right size. Any
 * other entry is drawn again, never trusted.
 */
export function isCached(file: string): boolean {
	let png: Buffer;
	try {
		png = readFileSync(file);
	} catch {
		return false;
	}
	if (!pngComplete(png)) return false;
	const { width, height } = pngSize(png);
	return width === socialImageSize.width && height === socialImageSize.height;
}

export interface SocialImagesReport {
	images: number;
	drawn: number;
	/** Time spent drawing, summed over the workers. */
	drawMs: number;
	workers: number;
	/** How long the pipeline waited for drawing still under way when the pages were done. */
	waitedMs: number;
}

/** Social images being drawn: started with the build, written to `dist/` by the pipeline. */
export interface SocialImages {
	/** The pages are rendered: the drawing may use every core. */
	pagesRendered(): void;
	/** Waits for the drawing and copies every page's image into `og/` of the output. */
	writeTo(distDir: string, log: (message: string) => void): Promise<SocialImagesReport>;
}

/**
 * Starts drawing the social image (og:image, twitter:image) of every page into `cacheDir`, where
 * images are kept by the hash of their card, so only pages whose card changed are drawn again. The
 * cards come from the content model alone, so drawing needs no built page and runs on worker threads
 * while Astro renders the pages; src/components/Head.astro references the images. `workers` fixes the
 * number of threads; by default the drawing leaves the page rendering a core and takes it back once
 * the pages are rendered (`pagesRendered`).
 */
export function startSocialImages(
	handbook: Handbook,
	cacheDir: string,
	workers?: number
): SocialImages {
	// Each card in its edition's language.
	const ctx = (card: SocialPage) => ({ catalog: handbook.catalog, t: handbook.t(card.lang) });
	const pages = socialPages(handbook).map((page) => ({
		...page,
		cached: join(cacheDir, `${socialImageKey(ctx(page.card), page.card)}.png`),
	}));
	// Pages with the same card share one cache entry, drawn once.
	const missing = new Map(
		pages.filter((page) => !isCached(page.cached)).map((page) => [page.cached, page])
	);
	const jobs = [...missing.values()].map((page, index) => ({
		index,
		name: page.image,
		card: page.card,
		file: page.cached,
	}));
	let progress: ((done: number) => void) | undefined;
	const pool = drawInWorkers(handbook.data, jobs, (done) => progress?.(done), workers);
	// Failures surface when the pipeline waits for the images, not as an unhandled rejection.
	pool.done.catch(() => {});

	return {
		pagesRendered() {
			if (workers === undefined) pool.grow(allCores());
		},
		async writeTo(distDir, log) {
			const started = performance.now();
			const step = Math.max(1, Math.ceil(jobs.length / 10));
			progress = (done) => {
				if (done % step === 0 && done < jobs.length) log(`${done} of ${jobs.length} drawn`);
			};
			const report: DrawReport = await pool.done;
			const waitedMs = performance.now() - started;
			for (const page of pages) {
				const target = join(distDir, page.image);
				mkdirSync(dirname(target), { recursive: true });
				copyFileSync(page.cached, target);
			}
			return {
				images: pages.length,
				drawn: report.drawn,
				drawMs: report.drawMs,
				workers: report.workers,
				waitedMs,
			};
		},
	};
}
