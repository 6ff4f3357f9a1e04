import type { Browser } from 'playwright-core';
import { currentHost, platformLabel, type BrowserHost } from './browser/host.ts';
import { browserName, installedBrowsers } from './browser/installed.ts';
import {
	npmChromiumFolder,
	npmChromiumName,
	npmChromiumRunsOn,
	unpackNpmChromium,
	type NpmChromium,
} from './browser/npm-chromium.ts';

export { currentHost, type BrowserHost } from './browser/host.ts';

/** The browser every browser-backed tool drives (diagrams, PDFs, tests, benchmark). */
export type FoundBrowser =
	| { source: 'CHROMIUM_PATH' | 'installed'; name: string; path: string }
	| { source: 'npm'; name: 'Chromium'; npm: NpmChromium };

export type BrowserLookup =
	| { found: FoundBrowser; looked: string[] }
	/** `message` says what was looked at on which platform, and the fix. */
	| { found: undefined; looked: string[]; message: string };

/**
 * `BROWSER_SEARCH` narrows the search, to see what a machine without a browser gets: `npm` uses
 * only the npm-shipped Chromium (CHROMIUM_PATH and installed browsers are ignored), `none` finds
 * no browser. Unset (or `all`), the whole search runs.
 */
const searchModes = ['all', 'npm', 'none'] as const;

/**
 * Finds the browser, in this order:
 * 1. `CHROMIUM_PATH`, when set (a path that does not exist finds nothing: no silent fallback);
 * 2. an installed Chrome, Chromium or Edge, where chrome-launcher looks for Chrome on Linux, macOS
 *    and Windows (src/lib/browser/installed.ts);
 * 3. the npm-shipped Chromium (`@sparticuz/chromium`, a dependency) on Linux x64;
 * otherwise a message naming the platform, what was looked at, and the fix.
 * Cheap and synchronous: the npm-shipped Chromium is only unpacked by `launchBrowser`.
 */
export function findBrowser(host: BrowserHost = currentHost()): BrowserLookup {
	const platform = platformLabel(host);
	const search = (host.env.BROWSER_SEARCH || 'all') as (typeof searchModes)[number];
	if (!searchModes.includes(search)) {
		throw new Error(
			`BROWSER_SEARCH=${search} is not a browser search: use all (the default), npm (only the npm-shipped Chromium) or none (no browser).`
		);
	}
	if (search === 'none') {
		const message = `No browser on ${platform}: the browser search is switched off (BROWSER_SEARCH=none). ${fix(host)}`;
		return { found: undefined, looked: ['nothing (BROWSER_SEARCH=none)'], message };
	}

	const looked: string[] = [];
	if (search === 'all') {
		const fromEnv = host.env.CHROMIUM_PATH;
		if (fromEnv) {
			looked.push(`CHROMIUM_PATH (${fromEnv})`);
			if (host.exists(fromEnv)) {
				return {
					found: { source: 'CHROMIUM_PATH', name: browserName(fromEnv), path: fromEnv },
					looked,
				};
			}
			const message = `No browser on ${platform}: CHROMIUM_PATH is ${fromEnv}, which does not exist. Correct CHROMIUM_PATH, or unset it to use an installed browser${npmChromiumRunsOn(host.platform, host.arch) ? ' or the npm-shipped Chromium' : ''}.`;
			return { found: undefined, looked, message };
		}
		looked.push(
			'CHROMIUM_PATH (unset)',
			`installed Chrome, Chromium and Edge ${installedWhere(host)}`
		);
		const [path] = installedBrowsers(host);
		if (path) return { found: { source: 'installed', name: browserName(path), path }, looked };
	}

	if (npmChromiumRunsOn(host.platform, host.arch)) {
		const npm = host.npmChromium();
		if (npm) {
			return {
				found: { source: 'npm', name: 'Chromium', npm },
				looked: [...looked, `the npm package ${npmChromiumName}`],
			};
		}
		looked.push(`the npm package ${npmChromiumName} (not installed)`);
	} else {
		looked.push(`the npm package ${npmChromiumName} (not used: it runs on Linux x64 only)`);
	}
	return {
		found: undefined,
		looked,
		message: `No Chrome, Chromium or Edge found on ${platform} (looked at: ${looked.join('; ')}). ${fix(host)}`,
	};
}

function installedWhere(host: BrowserHost): string {
	if (host.platform === 'darwin') return 'in /Applications and ~/Applications';
	if (host.platform === 'win32') return 'under LOCALAPPDATA, PROGRAMFILES and PROGRAMFILES(X86)';
	return 'on PATH, in /usr/bin and in .desktop files';
}

/** How to get a browser on this platform. */
function fix(host: BrowserHost): string {
	const setPath = 'or set CHROMIUM_PATH to a Chrome or Chromium executable';
	if (host.platform === 'darwin') {
		return `Fix: install Google Chrome, Chromium or Microsoft Edge in /Applications, ${setPath} (e.g. "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome").`;
	}
	if (host.platform === 'win32')
		return `Fix: install Google Chrome or Microsoft Edge, ${setPath} (chrome.exe or msedge.exe).`;
	if (host.platform !== 'linux')
		return `Fix: install Chromium or Chrome and set CHROMIUM_PATH to its executable.`;
	const apt =
		'install a browser (Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium)';
	if (npmChromiumRunsOn(host.platform, host.arch)) {
		return `Fix: run "npm ci" (it installs the npm-shipped Chromium, ${npmChromiumName}), ${apt}, ${setPath}.`;
	}
	return `Fix: ${apt}, ${setPath} (the npm-shipped Chromium is for Linux x64 only).`;
}

/** Where the browser is, for messages: its path, or the npm package and where it is unpacked. */
export function browserLocation(found: FoundBrowser): string {
	if (found.source === 'npm')
		return `npm ${npmChromiumName} ${found.npm.version}: ${npmChromiumFolder(found.npm.version)}/chromium`;
	return found.source === 'CHROMIUM_PATH' ? `CHROMIUM_PATH: ${found.path}` : found.path;
}

/** "Chromium 156.0.8078.114 (/usr/bin/chromium)": what a build prints about the browser it used. */
export const browserLabel = (found: FoundBrowser, version: string) =>
	`${found.name} ${version} (${browserLocation(found)})`;

/** The executable and its environment; unpacks the npm-shipped Chromium on first use (about 2 s). */
export async function browserExecutable(
	found: FoundBrowser,
	log?: (message: string) => void
): Promise<{ path: string; env?: NodeJS.ProcessEnv }> {
	if (found.source !== 'npm') return { path: found.path };
	const unpacked = await unpackNpmChromium(found.npm);
	if (unpacked.unpackMs > 0)
		log?.(
			`unpacked the npm-shipped Chromium (${npmChromiumName} ${found.npm.version}) in ${(unpacked.unpackMs / 1000).toFixed(1)} s`
		);
	return {
		path: unpacked.executablePath,
		env: Object.keys(unpacked.env).length > 0 ? { ...process.env, ...unpacked.env } : undefined,
	};
}

/**
 * The flags every browser tool here uses: no sandbox (CI runs as root), no GPU, nothing that calls
 * Google's services, and unhinted glyph metrics. The last makes text lay out alike in every
 * Chromium build: the npm-shipped one (a headless shell) hints fully by default, which made the
 * book 4 pages shorter than Debian's Chromium 156 printed it; with the flag both print the same
 * text on the same pages, and Debian's Chromium prints the very same bytes as without it.
 */
export const browserFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--font-render-hinting=none',
];

/**
 * Launches the browser headless (playwright-core) with flags that keep it off the network: this
 * machine (and CI) has no route to Google's update and sync services, and the built site must not
 * need one either. With `log`, says which browser and version it started.
 */
export async function launchBrowser(
	found: FoundBrowser,
	log?: (message: string) => void
): Promise<Browser> {
	const executable = await browserExecutable(found, log);
	const { chromium } = await import('playwright-core');
	let browser: Browser;
	try {
		browser = await chromium.launch({
			executablePath: executable.path,
			env: executable.env,
			headless: true,
			args: browserFlags,
		});
	} catch (error) {
		const reason = (error as Error).message.split('\n').slice(0, 6).join('\n');
		throw new Error(
			`Could not start ${found.name} (${browserLocation(found)}) on ${platformLabel(process)}: ${reason}\nSet CHROMIUM_PATH to another Chrome or Chromium executable.`
		);
	}
	log?.(`browser: ${browserLabel(found, browser.version())}`);
	return browser;
}
