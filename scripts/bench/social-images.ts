import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Handbook } from '../../src/lib/content/model.ts';
import { startSocialImages } from '../../src/lib/postbuild/social-images.ts';

export interface SocialImageFigures {
	/** Number of social images (one per page). */
	images: number;
	/** Wall time to draw them all cold (fonts and renderer load included). */
	ms: number;
	/** Wall time of the same step when every image is cached: listing the cards, hashing, copying. */
	keysMs: number;
}

/** What the social images cost: the post-build step run cold, then again with its cache warm. */
export async function measureSocialImages(handbook: Handbook): Promise<SocialImageFigures> {
	const dir = mkdtempSync(join(tmpdir(), 'etom-bench-social-'));
	try {
		const run = async () => {
			const started = performance.now();
			const report = await startSocialImages(handbook, join(dir, 'cache')).writeTo(
				join(dir, 'dist'),
				() => {}
			);
			return { images: report.images, ms: performance.now() - started };
		};
		const cold = await run();
		const warm = await run();
		return { images: cold.images, ms: cold.ms, keysMs: warm.ms };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
