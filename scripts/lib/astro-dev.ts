import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { astroEnv } from './astro-build.ts';

const projectDir = join(import.meta.dirname, '..', '..');

/** A port no one listens on, for a dev server. */
export const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});

/**
 * Polls until `check` passes (a dev server answers within a second or two), then returns the time
 * taken; fails with `what` after `limitMs`.
 */
export async function until(
	check: () => Promise<boolean>,
	what: string,
	limitMs = 60_000
): Promise<number> {
	const started = performance.now();
	while (!(await check().catch(() => false))) {
		if (performance.now() - started > limitMs)
			throw new Error(`dev server: ${what} after ${limitMs} ms`);
		await new Promise((r) => setTimeout(r, 25));
	}
	return performance.now() - started;
}

export interface DevServer {
	/** Resolves with the time from the start to Astro's "ready" line. */
	ready(): Promise<number>;
	/** A page's HTML, or '' when it is not served (any status but 2xx, or no answer in 5 s). */
	page(path: string): Promise<string>;
	/** Everything the server printed so far. */
	output(): string;
	stop(): Promise<void>;
}

/**
 * Runs `astro dev` for a project in a child process with the Node that runs us, on `port`. Used by
 * the dev-server test and the benchmark's dev loop.
 */
export function startDevServer(root: string, port: number): DevServer {
	const started = performance.now();
	const astro = join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const child = spawn(process.execPath, [astro, 'dev', '--root', root, '--port', String(port)], {
		cwd: root,
		env: astroEnv(),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	return {
		ready: async () => {
			await until(async () => /ready in/.test(output), 'no "ready" line');
			return performance.now() - started;
		},
		page: (path) =>
			fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(5_000) }).then(
				async (r) => (r.ok ? r.text() : '')
			),
		output: () => stripVTControlCharacters(output),
		stop: async () => {
			if (child.exitCode !== null) return;
			const exited = new Promise((r) => child.once('exit', r));
			child.kill('SIGINT');
			await exited;
		},
	};
}
