import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { handbookPaths } from '../../src/lib/content/paths.ts';
import { freePort, startDevServer, until } from '../lib/astro-dev.ts';
import { writeHandbookProject } from './synthetic.ts';

export interface DevLoopFigures {
	/** From starting `astro dev` to its "ready" line, in a project that never ran it (cold caches). */
	coldReadyMs: number;
	/** The same, the next time (a maintainer's every start: Vite's and the handbook's caches kept). */
	readyMs: number;
	/** From "ready" to the first page served (the first request compiles the page's modules). */
	firstPageMs: number;
	/** From saving a chapter to the dev server serving the changed page. */
	editMs: number;
	/** From creating a chapter file to the landing page's sidebar linking to it and the page served. */
	newChapterMs: number;
}

/**
 * The maintainer's loop in `astro dev`, on a copy of the real chapters (the real sources are never
 * touched): a first start-up, then the usual one, the first page, a saved edit, a new chapter file.
 */
export async function measureDevLoop(work: string): Promise<DevLoopFigures> {
	const root = join(work, 'dev');
	const docsDir = join(root, 'content', 'docs');
	cpSync(handbookPaths().docsDir, docsDir, { recursive: true });
	writeHandbookProject(root, { docsDir });
	const port = await freePort();
	const cold = startDevServer(root, port);
	let coldReadyMs: number;
	try {
		coldReadyMs = await cold.ready();
	} catch (error) {
		throw new Error(`${(error as Error).message}\n${cold.output()}`);
	} finally {
		await cold.stop();
	}
	const server = startDevServer(root, port);
	try {
		const readyMs = await server.ready();
		const { page } = server;
		const firstPageMs = await until(
			async () => (await page('/operations/fulfillment/')).includes('</html>'),
			'no first page'
		);

		const chapter = join(docsDir, 'operations', 'fulfillment.mdx');
		const marker = `Dev loop marker ${Date.now()}.`;
		writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\n${marker}\n`);
		const editMs = await until(
			async () => (await page('/operations/fulfillment/')).includes(marker),
			'the edit not served'
		);

		// A chapter file added right after a save, with pages requested while it loads (as an open
		// browser does): test/dev/dev-server.test.ts checks the same sequence.
		writeFileSync(
			join(docsDir, 'appendices', 'dev-loop-added.mdx'),
			'---\ntitle: Dev loop chapter\ndescription: Added while the dev server runs.\n---\n\nAdded.\n'
		);
		const newChapterMs = await until(
			async () =>
				(await page('/')).includes('/appendices/dev-loop-added/') &&
				(await page('/appendices/dev-loop-added/')).includes('Added.'),
			'the new chapter not in the sidebar, or not served'
		);
		return { coldReadyMs, readyMs, firstPageMs, editMs, newChapterMs };
	} catch (error) {
		throw new Error(`${(error as Error).message}\n${server.output()}`);
	} finally {
		await server.stop();
	}
}
