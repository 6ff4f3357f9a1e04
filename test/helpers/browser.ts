import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { findChromium, knownChromiumPaths, launchChromium, noBrowserHelp } from '../../src/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../src/lib/static-server.ts';

/**
 * The browser for browser tests. Locally without one, the tests skip with a loud message; in CI
 * (CI=true) a missing browser is an error, because CI always installs it.
 */
export function chromiumForTests(): string | undefined {
	const path = findChromium();
	if (path) return path;
	const message = `\n*** Browser tests SKIPPED: ${noBrowserHelp} (looked at CHROMIUM_PATH, then ${knownChromiumPaths.join(', ')}) ***\n`;
	if (process.env.CI) throw new Error(message);
	console.warn(message);
	return undefined;
}

/**
 * Chromium and the built handbook on a plain static server, for the tests of one describe block:
 * started before them, stopped after them. Register it first, so that the block's own hooks can
 * open pages.
 */
export function readerSession(chromium: string | undefined): { browser: Browser; server: StaticServer } {
	const session = {} as { browser: Browser; server: StaticServer };
	beforeAll(async () => {
		session.server = await serveStatic(inject('distDir'));
		session.browser = await launchChromium(chromium);
	});
	afterAll(async () => {
		await session.browser?.close();
		await session.server?.close();
	});
	return session;
}
