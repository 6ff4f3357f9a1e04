import { posix, win32 } from 'node:path';
import type { BrowserHost } from './host.ts';

/**
 * Chrome, Chromium and Edge installed on this machine, best first, found where `chrome-launcher`
 * (the launcher Lighthouse uses, node_modules/chrome-launcher/dist/chrome-finder.js) looks for
 * Chrome on Linux, macOS and Windows. Its lists are ported here rather than imported: chrome-launcher
 * shells out (`which`, `grep`, macOS's slow `lsregister -dump`), reads `process.env` itself and
 * throws when it finds nothing, while this search must be cheap, take an injected host for the
 * tests, and also know Chromium and Edge. Differences, on purpose: the stable channel comes before
 * Canary, `which` is a walk over PATH (plus /usr/bin), `lsregister` is left out (the fixed app
 * folders cover standard installs; anything else is what CHROMIUM_PATH is for), and WSL is plain
 * Linux (a Windows browser cannot be driven from inside WSL).
 */
export function installedBrowsers(host: BrowserHost): string[] {
	switch (host.platform) {
		case 'darwin':
			return macos(host);
		case 'win32':
			return windows(host);
		default:
			return linux(host);
	}
}

/** The executables chrome-launcher looks for with `which`, and the weights it sorts by (higher first). Edge added last. */
const linuxExecutables: [name: string, weight: number][] = [
	['google-chrome-stable', 50],
	['google-chrome', 49],
	['chromium-browser', 48],
	['chromium', 47],
	['microsoft-edge-stable', 46],
	['microsoft-edge', 45],
];

function linux(host: BrowserHost): string[] {
	const found: string[] = [];
	// 1. The .desktop files of desktop installs (a Chrome unpacked in a home folder, say).
	for (const folder of [
		posix.join(host.homedir, '.local/share/applications'),
		'/usr/share/applications',
	]) {
		for (const name of host.list(folder).filter((n) => n.endsWith('.desktop'))) {
			for (const match of host
				.read(posix.join(folder, name))
				.matchAll(/^Exec=(\/\S*\/(?:google-chrome|chrome|chromium|microsoft-edge)-\S*)/gm)) {
				found.push(match[1]!);
			}
		}
	}
	// 2. The known executables on PATH (chrome-launcher's `which`), and in /usr/bin when PATH lacks it.
	const dirs = [
		...(host.env.PATH ?? '').split(posix.delimiter).filter((d) => d.startsWith('/')),
		'/usr/bin',
	];
	for (const [name] of linuxExecutables) {
		const path = dirs.map((d) => posix.join(d, name)).find((p) => host.exists(p));
		if (path) found.push(path);
	}
	const weight = (path: string) =>
		path.endsWith('chrome-wrapper')
			? 51
			: (linuxExecutables.find(([name]) => path.endsWith(`/${name}`))?.[1] ?? 10);
	// A stable sort: equal weights keep the order they were found in.
	return [...new Set(found.filter((p) => host.exists(p)))].sort((a, b) => weight(b) - weight(a));
}

/** Each browser's executable inside its .app bundle, in order of preference. */
const macosApps = [
	'Google Chrome.app/Contents/MacOS/Google Chrome',
	'Chromium.app/Contents/MacOS/Chromium',
	'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
	'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
];

function macos(host: BrowserHost): string[] {
	// chrome-launcher's fast path (/Applications) and the home folder's Applications, which its
	// lsregister search ranks next.
	const folders = ['/Applications', posix.join(host.homedir, 'Applications')];
	return macosApps
		.flatMap((app) => folders.map((folder) => posix.join(folder, app)))
		.filter((p) => host.exists(p));
}

/** Each browser's executable under an install folder, in order of preference. */
const windowsSuffixes = [
	'Google\\Chrome\\Application\\chrome.exe',
	'Chromium\\Application\\chrome.exe',
	'Microsoft\\Edge\\Application\\msedge.exe',
	'Google\\Chrome SxS\\Application\\chrome.exe',
];

function windows(host: BrowserHost): string[] {
	const env = host.env;
	// chrome-launcher's install folders: per user, then per machine (64-bit, 32-bit).
	const prefixes = [
		env.LOCALAPPDATA,
		env.PROGRAMFILES ?? env.ProgramFiles,
		env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)'],
	].filter((p): p is string => Boolean(p));
	return windowsSuffixes
		.flatMap((suffix) => prefixes.map((prefix) => win32.join(prefix, suffix)))
		.filter((p) => host.exists(p));
}

/** What to call the browser at a path in messages: Google Chrome, Microsoft Edge or Chromium. */
export function browserName(path: string): string {
	const file = path.toLowerCase();
	if (/edge/.test(file)) return 'Microsoft Edge';
	if (/chrome sxs|canary/.test(file)) return 'Google Chrome Canary';
	if (/google|chrome\.app|\\chrome\\application\\/.test(file)) return 'Google Chrome';
	return 'Chromium';
}
