import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { handbookPaths } from '../../src/lib/content/paths.ts';
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

const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});

/** Polls until `check` passes (a dev server answers within a second or two), then returns the time taken. */
async function until(
	check: () => Promise<boolean>,
	what: string,
	limitMs = 60_000
): Promise<number> {
	const started = performance.now();
	while (!(await check().catch(() => false))) {
		if (performance.now() - started > limitMs)
			throw new Error(`dev loop: ${what} after ${limitMs} ms`);
		await new Promise((r) => setTimeout(r, 25));
	}
	return performance.now() - started;
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
	const astro = join(import.meta.dirname, '..', '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
	const start = () => {
		const started = performance.now();
		const child = spawn(process.execPath, [astro, 'dev', '--root', root, '--port', String(port)], {
			cwd: root,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const server = { child, started, output: '' };
		child.stdout.on('data', (d) => (server.output += d));
		child.stderr.on('data', (d) => (server.output += d));
		return server;
	};
	const stop = async ({ child }: ReturnType<typeof start>) => {
		if (child.exitCode !== null) return;
		const exited = new Promise((r) => child.once('exit', r));
		child.kill('SIGINT');
		await exited;
	};
	const ready = async (server: ReturnType<typeof start>) => {
		await until(async () => /ready in/.test(server.output), 'no "ready" line');
		return performance.now() - server.started;
	};
	const cold = start();
	let coldReadyMs: number;
	try {
		coldReadyMs = await ready(cold);
	} catch (error) {
		throw new Error(`${(error as Error).message}\n${cold.output}`);
	} finally {
		await stop(cold);
	}
	const server = start();
	try {
		const readyMs = await ready(server);
		// A request that reaches the server while it restarts (a new chapter restarts it) may never be
		// answered: give up on it and ask again.
		const page = (path: string) =>
			fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(5_000) }).then(
				async (r) => (r.ok ? r.text() : '')
			);
		const firstPageMs = await until(
			async () => (await page('/operations/fulfillment/')).includes('</html>'),
			'no first page'
		);

		// The new chapter comes before the edit: a chapter file added after another chapter was saved,
		// with pages requested while it loads, can stay unrouted until the server restarts (README,
		// "Adding a chapter": a known problem).
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

		const chapter = join(docsDir, 'operations', 'fulfillment.mdx');
		const marker = `Dev loop marker ${Date.now()}.`;
		writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\n${marker}\n`);
		const editMs = await until(
			async () => (await page('/operations/fulfillment/')).includes(marker),
			'the edit not served'
		);
		return { coldReadyMs, readyMs, firstPageMs, editMs, newChapterMs };
	} catch (error) {
		throw new Error(`${(error as Error).message}\n${server.output}`);
	} finally {
		await stop(server);
	}
}
