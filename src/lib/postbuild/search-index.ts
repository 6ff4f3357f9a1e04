import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Pagefind's index of the built pages, written to `pagefind/`. Starlight would run the same after
 * its build; the handbook runs it itself (see src/integration.ts) so that it comes after the link
 * check, in the post-build order.
 */
export async function buildSearchIndex(distDir: string): Promise<{ pages: number }> {
	const fail = (errors: string[]) => {
		if (errors.length > 0) throw new Error(`Pagefind failed:\n  ${errors.join('\n  ')}`);
	};
	try {
		const { index, errors } = await pagefind.createIndex();
		fail(errors);
		if (!index) throw new Error('Pagefind failed: no index was created.');
		const added = await index.addDirectory({ path: distDir });
		fail(added.errors);
		fail((await index.writeFiles({ outputPath: join(distDir, 'pagefind') })).errors);
		return { pages: added.page_count };
	} finally {
		await pagefind.close();
	}
}
