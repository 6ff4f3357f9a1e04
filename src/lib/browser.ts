import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Where a Chromium is looked for, after the CHROMIUM_PATH environment variable. */
export const knownChromiumPaths = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];

/** What to tell a maintainer who has no browser; every browser-backed tool says the same. */
export const noBrowserHelp =
	'No Chromium found. Set CHROMIUM_PATH to a Chromium or Chrome binary, or install Debian\'s: ' +
	'sudo apt-get update && sudo apt-get install -y chromium';

/** The Chromium to drive: CHROMIUM_PATH if set (even if it is missing, so it can be switched off), else a known path. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const fromEnv = env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	return knownChromiumPaths.find((p) => existsSync(p));
}

/**
 * Launches headless Chromium with flags that keep it off the network: this machine (and CI) has no
 * route to Google's update and sync services, and the built site must not need one either.
 */
export async function launchChromium(executablePath = findChromium()): Promise<Browser> {
	if (!executablePath) throw new Error(noBrowserHelp);
	const { chromium } = await import('playwright-core');
	return chromium.launch({
		executablePath,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
}
