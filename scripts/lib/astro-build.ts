import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const viteVariables = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
const projectDir = join(import.meta.dirname, '..', '..');

export interface BuildOptions {
	/** The Astro project to build: the handbook itself (default) or a fixture project's folder. */
	root?: string;
	outDir: string;
	/** A configuration file other than the root's astro.config.mjs (the benchmark's vanilla Starlight). */
	config?: string;
	env?: Record<string, string>;
	/** Write the child's peak memory (maxRSS, bytes) to this JSON file when it exits. */
	rusageFile?: string;
	/**
	 * Kill the build as soon as its output matches: SIGKILL to its process group, as a crash or a
	 * power cut would stop it, so no exit handler runs. For the interrupted-build test.
	 */
	killWhen?: RegExp;
}

export interface BuildResult {
	code: number;
	output: string;
	ms: number;
	/** Whether `killWhen` matched and the build was killed. */
	killed: boolean;
}

/**
 * The environment of an Astro child process: ours, without what vitest sets. Under vitest the
 * environment carries NODE_ENV=test and Vite's BASE_URL/MODE/DEV/PROD/SSR: inherited, they would
 * leak into the child's import.meta.env (Starlight then replaces search with a notice, and links
 * lose the base path). With VITEST set, Astro's dev server leaves every request unanswered.
 */
export function astroEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(
			([key]) => !viteVariables.has(key) && key !== 'NODE_ENV' && !key.startsWith('VITEST')
		)
	);
	return {
		...inherited,
		ASTRO_TELEMETRY_DISABLED: '1',
		NO_COLOR: '1',
		FORCE_COLOR: '0',
		...env,
	};
}

/**
 * Runs `astro build` in a child process with the Node that runs us (Node 24 under npm scripts),
 * capturing its output. Used by the build tests and the benchmark.
 */
export function runBuild(options: BuildOptions): Promise<BuildResult> {
	// A build is always a production build.
	const env = astroEnv({ NODE_ENV: 'production', ...options.env });
	if (options.rusageFile) {
		env.BENCH_RUSAGE_FILE = options.rusageFile;
		env.NODE_OPTIONS =
			`${env.NODE_OPTIONS ?? ''} --import ${join(projectDir, 'scripts', 'bench', 'rusage-hook.mjs')}`.trim();
	}
	const astro = join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const args = [astro, 'build', '--outDir', options.outDir];
	if (options.root) args.push('--root', options.root);
	if (options.config) args.push('--config', options.config);
	const started = performance.now();
	return new Promise((resolve, reject) => {
		// In the project it builds: Astro puts its prerender chunks under the working folder when the
		// output folder is elsewhere (a temporary one here), and concurrent builds must not share them.
		// A build that may be killed leads a process group of its own, so the kill reaches every
		// process it started and nothing else.
		const child = spawn(process.execPath, args, {
			cwd: options.root ?? projectDir,
			env,
			detached: options.killWhen !== undefined,
		});
		let output = '';
		let killed = false;
		const read = (data: Buffer) => {
			output += data;
			if (options.killWhen && !killed && options.killWhen.test(output)) {
				killed = true;
				process.kill(-child.pid!, 'SIGKILL');
			}
		};
		child.stdout.on('data', read);
		child.stderr.on('data', read);
		child.on('error', reject);
		child.on('close', (code) =>
			resolve({
				code: code ?? 1,
				output: stripVTControlCharacters(output),
				ms: performance.now() - started,
				killed,
			})
		);
	});
}
