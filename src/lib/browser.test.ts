import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserLabel, findBrowser, type BrowserHost, type FoundBrowser } from './browser.ts';
import { browserName } from './browser/installed.ts';

const npm = { dir: '/project/node_modules/@sparticuz/chromium', version: '153.0.0' };

/** A machine with these files (text content for .desktop files), this environment, and the npm-shipped Chromium or not. */
function host(
	platform: NodeJS.Platform,
	arch: string,
	files: Record<string, string> | string[],
	env: NodeJS.ProcessEnv = {},
	npmInstalled = true
): BrowserHost {
	const contents: Record<string, string> = Array.isArray(files)
		? Object.fromEntries(files.map((f) => [f, '']))
		: files;
	const path = platform === 'win32' ? win32 : posix;
	return {
		platform,
		arch,
		env,
		homedir:
			platform === 'win32' ? 'C:\\Users\\ann' : platform === 'darwin' ? '/Users/ann' : '/home/ann',
		exists: (p) => p in contents,
		list: (dir) =>
			Object.keys(contents)
				.filter((f) => path.dirname(f) === path.normalize(dir).replace(/[\\/]$/, ''))
				.map((f) => path.basename(f)),
		read: (f) => contents[f] ?? '',
		npmChromium: () => (npmInstalled ? npm : undefined),
	};
}

const where = (found: FoundBrowser | undefined) =>
	found ? (found.source === 'npm' ? 'npm' : found.path) : undefined;

describe('the browser search on Linux x64', () => {
	const linux = (
		files: Record<string, string> | string[],
		env: NodeJS.ProcessEnv = { PATH: '/usr/local/bin:/usr/bin:/bin' },
		npmInstalled = true
	) => findBrowser(host('linux', 'x64', files, env, npmInstalled));

	it('takes CHROMIUM_PATH first, before any installed browser', () => {
		const lookup = linux(['/opt/google/chrome/chrome', '/usr/bin/google-chrome'], {
			CHROMIUM_PATH: '/opt/google/chrome/chrome',
			PATH: '/usr/bin',
		});
		expect(lookup.found).toEqual({
			source: 'CHROMIUM_PATH',
			name: 'Google Chrome',
			path: '/opt/google/chrome/chrome',
		});
	});

	it('does not fall back when CHROMIUM_PATH names a missing file, and says so', () => {
		const lookup = linux(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nonexistent/chromium' });
		expect(lookup.found).toBeUndefined();
		expect(!lookup.found && lookup.message).toMatch(
			/^No browser on Linux x64: CHROMIUM_PATH is \/nonexistent\/chromium, which does not exist\. Correct CHROMIUM_PATH, or unset it/
		);
	});

	it("then an installed browser on PATH, in chrome-launcher's order: Chrome stable, Chrome, chromium-browser, Chromium, then Edge", () => {
		const all = [
			'/usr/bin/chromium',
			'/usr/bin/chromium-browser',
			'/usr/bin/google-chrome',
			'/usr/local/bin/google-chrome-stable',
			'/usr/bin/microsoft-edge',
		];
		expect(where(linux(all).found)).toBe('/usr/local/bin/google-chrome-stable');
		expect(where(linux(all.slice(0, 3)).found)).toBe('/usr/bin/google-chrome');
		expect(where(linux(all.slice(0, 2)).found)).toBe('/usr/bin/chromium-browser');
		expect(linux(['/usr/bin/chromium']).found).toEqual({
			source: 'installed',
			name: 'Chromium',
			path: '/usr/bin/chromium',
		});
		expect(linux(['/usr/bin/microsoft-edge']).found).toMatchObject({
			name: 'Microsoft Edge',
			path: '/usr/bin/microsoft-edge',
		});
	});

	it('follows PATH, and looks in /usr/bin when PATH lacks it', () => {
		expect(
			where(
				linux(['/snap/bin/chromium', '/usr/bin/chromium'], { PATH: '/snap/bin:/usr/bin' }).found
			)
		).toBe('/snap/bin/chromium');
		expect(where(linux(['/usr/bin/chromium'], { PATH: '/opt/node/bin' }).found)).toBe(
			'/usr/bin/chromium'
		);
	});

	it('finds a browser that only a .desktop file knows (unpacked in a home folder)', () => {
		const files = {
			'/home/ann/.local/share/applications/chrome-dev.desktop':
				'[Desktop Entry]\nName=Chrome\nExec=/home/ann/chrome-linux/chrome-wrapper %U\n',
			'/home/ann/chrome-linux/chrome-wrapper': '',
			'/usr/share/applications/chromium.desktop': 'Exec=/usr/bin/chromium %U\n',
			'/usr/bin/chromium': '',
		};
		// chrome-launcher ranks chrome-wrapper above every packaged browser.
		expect(where(linux(files).found)).toBe('/home/ann/chrome-linux/chrome-wrapper');
		// A .desktop entry whose executable is gone is no browser.
		const gone = Object.fromEntries(
			Object.entries(files).filter(([f]) => !f.endsWith('chrome-wrapper'))
		);
		expect(where(linux(gone).found)).toBe('/usr/bin/chromium');
	});

	it('then the npm-shipped Chromium, when nothing is installed', () => {
		const lookup = linux([]);
		expect(lookup.found).toEqual({ source: 'npm', name: 'Chromium', npm });
		expect(lookup.looked).toEqual([
			'CHROMIUM_PATH (unset)',
			'installed Chrome, Chromium and Edge on PATH, in /usr/bin and in .desktop files',
			'the npm package @sparticuz/chromium',
		]);
	});

	it('otherwise names the platform, what it looked at and the fix', () => {
		const lookup = linux([], { PATH: '/usr/bin' }, false);
		expect(lookup.found).toBeUndefined();
		const message = lookup.found ? '' : lookup.message;
		expect(message).toMatch(
			/^No Chrome, Chromium or Edge found on Linux x64 \(looked at: CHROMIUM_PATH \(unset\); installed Chrome, Chromium and Edge on PATH.*; the npm package @sparticuz\/chromium \(not installed\)\)\./
		);
		expect(message).toContain(
			'Fix: run "npm ci" (it installs the npm-shipped Chromium, @sparticuz/chromium)'
		);
		expect(message).toContain('sudo apt-get install -y chromium');
		expect(message).toContain('set CHROMIUM_PATH');
	});

	it('with BROWSER_SEARCH=npm, uses only the npm-shipped Chromium (a machine without a browser)', () => {
		const env = { BROWSER_SEARCH: 'npm', CHROMIUM_PATH: '/usr/bin/chromium', PATH: '/usr/bin' };
		expect(linux(['/usr/bin/chromium'], env).found?.source).toBe('npm');
		expect(linux(['/usr/bin/chromium'], env, false).found).toBeUndefined();
	});

	it('with BROWSER_SEARCH=none, finds nothing and still says how to get a browser', () => {
		const lookup = linux(['/usr/bin/chromium'], {
			BROWSER_SEARCH: 'none',
			CHROMIUM_PATH: '/usr/bin/chromium',
		});
		expect(lookup.found).toBeUndefined();
		expect(!lookup.found && lookup.message).toMatch(
			/^No browser on Linux x64: the browser search is switched off \(BROWSER_SEARCH=none\)\. Fix: .*apt-get install -y chromium/
		);
	});

	it('rejects an unknown BROWSER_SEARCH', () => {
		expect(() => linux([], { BROWSER_SEARCH: 'system' })).toThrow(
			/BROWSER_SEARCH=system is not a browser search: use all .*, npm .* or none/
		);
	});
});

describe('the browser search on Linux arm64', () => {
	it('finds installed browsers but never the npm-shipped Chromium (x64 only), and says so', () => {
		expect(
			where(findBrowser(host('linux', 'arm64', ['/usr/bin/chromium'], { PATH: '/usr/bin' })).found)
		).toBe('/usr/bin/chromium');
		const lookup = findBrowser(host('linux', 'arm64', [], { PATH: '/usr/bin' }));
		expect(lookup.found).toBeUndefined();
		const message = lookup.found ? '' : lookup.message;
		expect(message).toMatch(/^No Chrome, Chromium or Edge found on Linux arm64/);
		expect(message).toContain('@sparticuz/chromium (not used: it runs on Linux x64 only)');
		expect(message).toContain(
			'Fix: install a browser (Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium)'
		);
	});
});

describe('the browser search on macOS', () => {
	const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
	const chromium = '/Applications/Chromium.app/Contents/MacOS/Chromium';
	const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
	const canary = '/Applications/Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary';
	const mac = (files: string[], env: NodeJS.ProcessEnv = {}) =>
		findBrowser(host('darwin', 'arm64', files, env));

	it('takes CHROMIUM_PATH first', () => {
		expect(
			mac([chrome, '/opt/chromium/Chromium'], { CHROMIUM_PATH: '/opt/chromium/Chromium' }).found
		).toMatchObject({ source: 'CHROMIUM_PATH' });
	});

	it('then Chrome, Chromium, Edge, Canary, in /Applications before ~/Applications', () => {
		expect(mac([canary, edge, chromium, chrome]).found).toEqual({
			source: 'installed',
			name: 'Google Chrome',
			path: chrome,
		});
		expect(where(mac([canary, edge, chromium]).found)).toBe(chromium);
		expect(mac([canary, edge]).found).toMatchObject({ name: 'Microsoft Edge', path: edge });
		expect(mac([canary]).found).toMatchObject({ name: 'Google Chrome Canary', path: canary });
		expect(where(mac([`/Users/ann${chrome}`, chrome]).found)).toBe(chrome);
		expect(where(mac([`/Users/ann${chrome}`]).found)).toBe(`/Users/ann${chrome}`);
	});

	it('never uses the npm-shipped Chromium, and names macOS and the fix', () => {
		const lookup = mac([]);
		expect(lookup.found).toBeUndefined();
		const message = lookup.found ? '' : lookup.message;
		expect(message).toMatch(
			/^No Chrome, Chromium or Edge found on macOS \(arm64\) \(looked at: CHROMIUM_PATH \(unset\); installed Chrome, Chromium and Edge in \/Applications and ~\/Applications; /
		);
		expect(message).toContain(
			'Fix: install Google Chrome, Chromium or Microsoft Edge in /Applications, or set CHROMIUM_PATH'
		);
	});
});

describe('the browser search on Windows', () => {
	const env = {
		LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local',
		PROGRAMFILES: 'C:\\Program Files',
		'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
	};
	const userChrome = 'C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
	const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
	const chromium = 'C:\\Users\\ann\\AppData\\Local\\Chromium\\Application\\chrome.exe';
	const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
	const canary = 'C:\\Users\\ann\\AppData\\Local\\Google\\Chrome SxS\\Application\\chrome.exe';
	const windows = (files: string[], more: NodeJS.ProcessEnv = {}) =>
		findBrowser(host('win32', 'x64', files, { ...env, ...more }));

	it('takes CHROMIUM_PATH first', () => {
		expect(
			windows([edge, 'D:\\chrome\\chrome.exe'], { CHROMIUM_PATH: 'D:\\chrome\\chrome.exe' }).found
		).toMatchObject({ source: 'CHROMIUM_PATH', path: 'D:\\chrome\\chrome.exe' });
	});

	it("then Chrome (per user, then per machine), Chromium, Edge, Canary, under chrome-launcher's install folders", () => {
		expect(windows([edge, chrome, userChrome, canary]).found).toEqual({
			source: 'installed',
			name: 'Google Chrome',
			path: userChrome,
		});
		expect(where(windows([edge, chrome, canary]).found)).toBe(chrome);
		expect(windows([edge, chromium, canary]).found).toMatchObject({
			name: 'Chromium',
			path: chromium,
		});
		expect(windows([edge, canary]).found).toMatchObject({ name: 'Microsoft Edge', path: edge });
		expect(windows([canary]).found).toMatchObject({ name: 'Google Chrome Canary' });
	});

	it('never uses the npm-shipped Chromium, and names Windows and the fix', () => {
		const lookup = windows([]);
		expect(lookup.found).toBeUndefined();
		const message = lookup.found ? '' : lookup.message;
		expect(message).toMatch(
			/^No Chrome, Chromium or Edge found on Windows \(x64\) \(looked at: CHROMIUM_PATH \(unset\); installed Chrome, Chromium and Edge under LOCALAPPDATA, PROGRAMFILES and PROGRAMFILES\(X86\); the npm package @sparticuz\/chromium \(not used: it runs on Linux x64 only\)\)\. /
		);
		expect(message).toContain('Fix: install Google Chrome or Microsoft Edge, or set CHROMIUM_PATH');
	});
});

describe('what a build says about its browser', () => {
	it('names the browser, its version and where it is', () => {
		expect(
			browserLabel(
				{ source: 'installed', name: 'Chromium', path: '/usr/bin/chromium' },
				'156.0.8078.114'
			)
		).toBe('Chromium 156.0.8078.114 (/usr/bin/chromium)');
		expect(
			browserLabel(
				{ source: 'CHROMIUM_PATH', name: 'Google Chrome', path: '/opt/google/chrome/chrome' },
				'150.0.1'
			)
		).toBe('Google Chrome 150.0.1 (CHROMIUM_PATH: /opt/google/chrome/chrome)');
		expect(browserLabel({ source: 'npm', name: 'Chromium', npm }, '153.0.8010.0')).toMatch(
			/^Chromium 153\.0\.8010\.0 \(npm @sparticuz\/chromium 153\.0\.0: .*etom-chromium-153\.0\.0-\d+\/chromium\)$/
		);
	});

	it('tells the browsers apart by path', () => {
		expect(browserName('/usr/bin/google-chrome-stable')).toBe('Google Chrome');
		expect(browserName('/opt/google/chrome/chrome')).toBe('Google Chrome');
		expect(browserName('/usr/bin/chromium-browser')).toBe('Chromium');
		expect(browserName('/usr/bin/microsoft-edge')).toBe('Microsoft Edge');
		expect(browserName('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe')).toBe(
			'Google Chrome'
		);
		expect(browserName('C:\\Users\\ann\\AppData\\Local\\Chromium\\Application\\chrome.exe')).toBe(
			'Chromium'
		);
	});
});
