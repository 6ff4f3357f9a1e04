import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handbook } from '../content/model.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { socialImageSize, socialPages } from '../social/cards.ts';
import { pngComplete, pngSize, renderSocialImage, socialImageKey } from '../social/image.ts';

/**
 * A cached image, or undefined when it is missing, not a whole PNG (cut short, damaged) or not of
 * the right size: such an entry is drawn again, never trusted.
 */
export function readCachedImage(file: string): Buffer | undefined {
	let png: Buffer;
	try {
		png = readFileSync(file);
	} catch {
		return undefined;
	}
	if (!pngComplete(png)) return undefined;
	const { width, height } = pngSize(png);
	return width === socialImageSize.width && height === socialImageSize.height ? png : undefined;
}

export interface SocialImagesReport {
	images: number;
	drawn: number;
	drawMs: number;
}

/**
 * The social image (og:image, twitter:image) of every page, written to `og/` in the output.
 * Images are cached in `cacheDir` by the hash of their card, so only pages whose card changed are
 * drawn again; src/components/Head.astro references them.
 */
export async function writeSocialImages(
	handbook: Handbook,
	distDir: string,
	cacheDir: string,
	log: (message: string) => void
): Promise<SocialImagesReport> {
	const ctx = { catalog: handbook.catalog, t: handbook.t() };
	const pages = socialPages(handbook);
	let drawn = 0;
	let drawMs = 0;
	for (const page of pages) {
		const cached = join(cacheDir, `${socialImageKey(ctx, page.card)}.png`);
		let png = readCachedImage(cached);
		if (!png) {
			const started = performance.now();
			try {
				png = await renderSocialImage(ctx, page.card);
			} catch (cause) {
				throw new Error(
					`Cannot draw the social image of page "/${page.slug}" (${page.image}): ${(cause as Error).message}`,
					{ cause }
				);
			}
			const ms = performance.now() - started;
			drawMs += ms;
			drawn++;
			writeFileAtomic(cached, png);
			log(`drew ${page.image} (${Math.round(ms)} ms)`);
		}
		writeFileAtomic(join(distDir, page.image), png);
	}
	return { images: pages.length, drawn, drawMs };
}
