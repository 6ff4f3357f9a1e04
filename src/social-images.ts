import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { projectRoot } from './lib/paths.ts';
import { pngSize, renderSocialImage, socialImageKey, socialImageSize } from './lib/social-image.ts';
import { socialPages } from './lib/social-pages.ts';

/** Where drawn images are kept between builds, by content hash (ETOM_SOCIAL_CACHE_DIR overrides it, for the benchmark's cold builds). */
export const defaultSocialCacheDir = (): string => process.env.ETOM_SOCIAL_CACHE_DIR || join(projectRoot, 'node_modules', '.cache', 'etom-social');

/** A cached image, or undefined when it is missing or not a complete image of the right size. */
function readCached(file: string): Buffer | undefined {
	try {
		const png = readFileSync(file);
		const { width, height } = pngSize(png);
		return width === socialImageSize.width && height === socialImageSize.height ? png : undefined;
	} catch {
		return undefined;
	}
}

/** Writes through a temporary file, so parallel builds sharing the cache never read half a file. */
function writeAtomic(file: string, data: Buffer): void {
	mkdirSync(dirname(file), { recursive: true });
	const tmp = `${file}.${process.pid}.tmp`;
	writeFileSync(tmp, data);
	renameSync(tmp, file);
}

/**
 * The social image (og:image, twitter:image) of every page, written to `og/` in the output after
 * the build. Images are cached by the hash of their card, so only pages whose card changed are
 * drawn again; src/components/Head.astro references them.
 */
export function socialImages(options: { cacheDir?: string } = {}): AstroIntegration {
	return {
		name: 'etom-social-images',
		hooks: {
			async 'astro:build:done'({ dir, logger }) {
				const log = logger.fork('social');
				const cacheDir = options.cacheDir ?? defaultSocialCacheDir();
				const outDir = fileURLToPath(dir);
				const pages = socialPages();
				let drawn = 0;
				let drawMs = 0;
				for (const page of pages) {
					const cached = join(cacheDir, `${socialImageKey(page.card)}.png`);
					let png = readCached(cached);
					if (!png) {
						const started = performance.now();
						try {
							png = await renderSocialImage(page.card);
						} catch (cause) {
							throw new Error(`Cannot draw the social image of page "/${page.slug}" (${page.image}): ${(cause as Error).message}`, { cause });
						}
						const ms = performance.now() - started;
						drawMs += ms;
						drawn++;
						writeAtomic(cached, png);
						log.info(`drew ${page.image} (${Math.round(ms)} ms)`);
					}
					writeAtomic(join(outDir, page.image), png);
				}
				log.info(`${pages.length} images: ${drawn} drawn in ${(drawMs / 1000).toFixed(1)} s, ${pages.length - drawn} from cache`);
			},
		},
	};
}
