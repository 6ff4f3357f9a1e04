import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Handbook } from '../content/model.ts';
import { socialImageSize, socialPages } from '../social/cards.ts';
import { pngSize, renderSocialImage, socialImageKey } from '../social/image.ts';

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
		let png = readCached(cached);
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
			writeAtomic(cached, png);
			log(`drew ${page.image} (${Math.round(ms)} ms)`);
		}
		writeAtomic(join(distDir, page.image), png);
	}
	return { images: pages.length, drawn, drawMs };
}
