import { accessSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { npmChromiumPackage, type NpmChromium } from './npm-chromium.ts';

/**
 * What the browser search looks at: the platform, the environment and the file system. The real
 * one is `currentHost()`; unit tests pass their own, so each platform's order is tested without
 * real installs.
 */
export interface BrowserHost {
	platform: NodeJS.Platform;
	arch: string;
	env: NodeJS.ProcessEnv;
	homedir: string;
	/** Whether a file exists and can be accessed. */
	exists(path: string): boolean;
	/** The names in a folder, or [] when it cannot be read. */
	list(dir: string): string[];
	/** A text file's content, or '' when it cannot be read. */
	read(file: string): string;
	/** The npm-shipped Chromium's package, when it is installed. */
	npmChromium(): NpmChromium | undefined;
}

export function currentHost(env: NodeJS.ProcessEnv = process.env): BrowserHost {
	return {
		platform: process.platform,
		arch: process.arch,
		env,
		homedir: homedir(),
		exists(path) {
			try {
				accessSync(path);
				return true;
			} catch {
				return false;
			}
		},
		list(dir) {
			try {
				return readdirSync(dir);
			} catch {
				return [];
			}
		},
		read(file) {
			try {
				return readFileSync(file, 'utf8');
			} catch {
				return '';
			}
		},
		npmChromium: npmChromiumPackage,
	};
}

/** "Linux x64", "macOS (arm64)", "Windows (x64)": the platform, as the help messages name it. */
export function platformLabel(host: Pick<BrowserHost, 'platform' | 'arch'>): string {
	const names: Partial<Record<NodeJS.Platform, string>> = {
		linux: 'Linux',
		darwin: 'macOS',
		win32: 'Windows',
	};
	const name = names[host.platform] ?? host.platform;
	return host.platform === 'linux' ? `${name} ${host.arch}` : `${name} (${host.arch})`;
}
