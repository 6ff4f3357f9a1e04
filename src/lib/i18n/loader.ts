import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';

/**
 * Loads `<dir>/<lang>.json` (content/i18n) as Starlight's `i18n` collection. Starlight keys translations by
 * the entry's file path relative to src/content/i18n, so entries from another folder (or from the
 * glob loader, which records the path) would be keyed by the wrong language; this loader stores
 * each file under its language tag and no path.
 */
export function i18nLoader(dir: string): Loader {
	return {
		name: 'etom-i18n-loader',
		async load({ store, parseData, watcher }) {
			const read = async () => {
				store.clear();
				for (const file of readdirSync(dir).filter(
					(f) => f.endsWith('.json') && !f.startsWith('_')
				)) {
					const id = file.replace(/\.json$/, '');
					const data = await parseData({
						id,
						data: JSON.parse(readFileSync(join(dir, file), 'utf8')),
					});
					store.set({ id, data });
				}
			};
			await read();
			watcher?.add(dir);
			watcher?.on('change', (path) => {
				if (path.startsWith(dir)) void read();
			});
		},
	};
}
