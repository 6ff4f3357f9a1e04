import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { findBrowser, launchBrowser, type FoundBrowser } from '../../src/lib/browser.ts';
import { serveStatic, type ServeOptions, type StaticServer } from '../../src/lib/static-server.ts';

/**
 * The browser for browser tests, found as the build finds it (src/lib/browser.ts). Locally without
 * one, the tests skip with a loud message; in CI (CI=true) a missing browser is an error, because CI
 * always installs it.
 */
export function chromiumForTests(): FoundBrowser | undefined {
	const lookup = findBrowser();
	if (lookup.found) return lookup.found;
	const message = `\n*** Browser tests SKIPPED: ${lookup.message} ***\n`;
	if (process.env.CI) throw new Error(message);
	console.warn(message);
	return undefined;
}

/**
 * Chromium and the built handbook on a plain static server, for the tests of one describe block:
 * started before them, stopped after them. Register it first, so that the block's own hooks can
 * open pages. `serve` adds what a configured host would send (response headers).
 */
export function readerSession(
	chromium: FoundBrowser | undefined,
	serve: (distDir: string) => ServeOptions = () => ({})
): {
	browser: Browser;
	server: StaticServer;
} {
	const session = {} as { browser: Browser; server: StaticServer };
	beforeAll(async () => {
		const distDir = inject('distDir');
		session.server = await serveStatic(distDir, '/', serve(distDir));
		if (!chromium) throw new Error('readerSession needs a browser: skip the block without one.');
		session.browser = await launchBrowser(chromium);
	});
	afterAll(async () => {
		await session.browser?.close();
		await session.server?.close();
	});
	return session;
}
