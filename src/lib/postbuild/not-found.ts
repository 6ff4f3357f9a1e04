import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { keyOfLang } from '../i18n/locales.ts';

/**
 * Puts each edition's not-found page where static hosts look for it: `es/404.html`, beside the
 * root's `404.html` (Cloudflare Pages and most servers serve the nearest one up the path; Netlify
 * takes a rule per edition). Astro writes only the root's there; the others land in `es/404/`.
 * Returns the editions moved.
 */
export function placeNotFoundPages(distDir: string, editions: string[]): string[] {
	const moved: string[] = [];
	for (const lang of editions) {
		const key = keyOfLang(lang);
		if (key === 'root') continue;
		const folder = join(distDir, key, '404');
		if (!existsSync(join(folder, 'index.html'))) continue;
		renameSync(join(folder, 'index.html'), join(distDir, key, '404.html'));
		rmdirSync(folder);
		moved.push(lang);
	}
	return moved;
}
