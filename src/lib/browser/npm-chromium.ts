import { spawnSync } from 'node:child_process';
import {
	createReadStream,
	createWriteStream,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';

const require = createRequire(import.meta.url);

/**
 * The npm package that ships a headless Chromium for Linux x64. A regular dependency, not an
 * optional one: npm silently skips an optional dependency whose `engines` (Node >= 22.17 here) do
 * not match the Node running `npm ci`, and `npm ci` may run under an older system Node (the `node`
 * devDependency brings Node 24 for everything after it).
 */
export const npmChromiumName = '@sparticuz/chromium';

export interface NpmChromium {
	/** The package's folder. */
	dir: string;
	version: string;
}

/** The installed npm-shipped Chromium, or undefined when node_modules lacks it (installed before it was a dependency, say). */
export function npmChromiumPackage(): NpmChromium | undefined {
	let dir: string;
	try {
		// The package exports only its entry (build/index.js); the package folder is one up.
		dir = join(dirname(require.resolve(npmChromiumName)), '..');
	} catch {
		return undefined;
	}
	if (!existsSync(join(dir, 'bin', 'chromium.br'))) return undefined;
	const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
		version: string;
	};
	return { dir, version };
}

/** The npm-shipped Chromium only runs on Linux x64 (the package holds no other build). */
export const npmChromiumRunsOn = (platform: string, arch: string) =>
	platform === 'linux' && arch === 'x64';

/** Where a version is unpacked: one folder per version and user in the temporary folder, kept between builds. */
export function npmChromiumFolder(version: string): string {
	return join(tmpdir(), `etom-chromium-${version}-${process.getuid?.() ?? 0}`);
}

export interface UnpackedChromium {
	executablePath: string;
	/** Environment for the browser process: bundled libraries and fonts where the system lacks them. */
	env: Record<string, string>;
	/** Time spent unpacking in this call (0 when an earlier build had unpacked it). */
	unpackMs: number;
}

const unpacking = new Map<string, Promise<UnpackedChromium>>();

/**
 * The npm-shipped Chromium, ready to launch. The package holds it brotli-compressed (67 MB); the
 * first call on a machine unpacks it (about 2 s) into `npmChromiumFolder(version)`, later builds
 * reuse it. The package's own `executablePath()` is not used: it unpacks to fixed names in /tmp
 * and treats a half-written binary as done, so two builds starting side by side (the tests' fixture
 * builds) could launch a truncated file. Here each unpack goes to a private folder renamed into
 * place when complete; the loser of a race throws its copy away.
 *
 * Besides the binary: the NSS libraries it links against (libnss3 and friends, from the package's
 * al2023 archive), used only when the system has none, as on a fresh machine without a browser;
 * and Open Sans with a fontconfig file, used only when the system has no fontconfig configuration.
 * With the system's own libraries and fonts, pages lay out as in the system's Chromium.
 */
export function unpackNpmChromium(pkg: NpmChromium): Promise<UnpackedChromium> {
	let job = unpacking.get(pkg.dir);
	if (!job) {
		job = unpack(pkg);
		unpacking.set(pkg.dir, job);
		job.catch(() => unpacking.delete(pkg.dir));
	}
	return job;
}

async function unpack(pkg: NpmChromium): Promise<UnpackedChromium> {
	const folder = npmChromiumFolder(pkg.version);
	const executablePath = join(folder, 'chromium');
	const started = performance.now();
	if (!existsSync(executablePath)) {
		const staging = mkdtempSync(`${folder}.partial-`);
		try {
			const bin = join(pkg.dir, 'bin');
			await pipeline(
				createReadStream(join(bin, 'chromium.br'), { highWaterMark: 2 ** 22 }),
				createBrotliDecompress({ chunkSize: 2 ** 21 }),
				createWriteStream(join(staging, 'chromium'), { mode: 0o755 })
			);
			untar(join(bin, 'al2023.tar.br'), staging); // lib/
			mkdirSync(join(staging, 'fonts'));
			untar(join(bin, 'fonts.tar.br'), join(staging, 'fonts')); // fonts/fonts.conf (for /tmp/fonts), fonts/fonts/Open_Sans/
			writeFileSync(
				join(staging, 'fonts', 'fonts.conf'),
				`<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(folder, 'fonts', 'fonts')}</dir>\n  <cachedir>${join(folder, 'fonts', 'cache')}</cachedir>\n</fontconfig>\n`
			);
			try {
				renameSync(staging, folder);
			} catch (error) {
				// Another build finished first: use its copy.
				if (!existsSync(executablePath)) throw error;
			}
		} finally {
			rmSync(staging, { recursive: true, force: true });
		}
	}
	const unpackMs = performance.now() - started;
	const env: Record<string, string> = {};
	if (!systemHasLibraries())
		env.LD_LIBRARY_PATH = [join(folder, 'lib'), process.env.LD_LIBRARY_PATH]
			.filter(Boolean)
			.join(':');
	if (!existsSync('/etc/fonts/fonts.conf')) env.FONTCONFIG_PATH = join(folder, 'fonts');
	return { executablePath, env, unpackMs: unpackMs > 50 ? unpackMs : 0 };
}

/** Extracts a brotli-compressed tar archive with the system's tar (every Linux has one). */
function untar(archive: string, into: string): void {
	const result = spawnSync('tar', ['-x', '-C', into], {
		input: brotliDecompressSync(readFileSync(archive)),
	});
	if (result.error) throw new Error(`Could not unpack ${archive}: ${result.error.message}`);
	if (result.status !== 0)
		throw new Error(`Could not unpack ${archive}: ${result.stderr.toString().trim()}`);
}

/** Whether the system has the libraries Chromium links against beyond libc (NSS and expat) in a usual folder. */
function systemHasLibraries(): boolean {
	const dirs = [
		'/usr/lib/x86_64-linux-gnu',
		'/lib/x86_64-linux-gnu',
		'/usr/lib64',
		'/lib64',
		'/usr/lib',
		'/lib',
	];
	const needed = [
		'libnss3.so',
		'libnssutil3.so',
		'libnspr4.so',
		'libplc4.so',
		'libplds4.so',
		'libexpat.so.1',
	];
	return needed.every((lib) => dirs.some((d) => existsSync(join(d, lib))));
}
