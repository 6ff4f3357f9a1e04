import { renderSocialImage, socialImageKey } from './social-image.ts';
import { socialPages } from './social-pages.ts';

export interface SocialImageFigures {
	/** Number of social images (one per page). */
	images: number;
	/** Wall time to draw them all cold, ignoring the cache (fonts and renderer load included). */
	ms: number;
	/** Wall time of a fully cached build's work minus file copies: listing the pages and hashing every card. */
	keysMs: number;
}

/** What the social images cost: every card drawn cold, in this process, and the cached path. */
export async function measureSocialImages(): Promise<SocialImageFigures> {
	let started = performance.now();
	const pages = socialPages();
	for (const page of pages) await renderSocialImage(page.card);
	const ms = performance.now() - started;
	started = performance.now();
	for (const page of socialPages()) socialImageKey(page.card);
	const keysMs = performance.now() - started;
	return { images: pages.length, ms, keysMs };
}
