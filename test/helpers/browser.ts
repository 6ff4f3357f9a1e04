import { findChromium, knownChromiumPaths, noBrowserHelp } from '../../src/lib/browser.ts';

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
