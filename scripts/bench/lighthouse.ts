import { browserExecutable, browserFlags, findBrowser } from '../../src/lib/browser.ts';

export interface LighthouseScores {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
}

/**
 * Lighthouse's four category scores (0 to 100) for one URL, in the browser every tool here uses
 * (src/lib/browser.ts), launched headless by chrome-launcher with the same flags. A measurement for
 * the benchmark, not a test.
 */
export async function lighthouseScores(url: string): Promise<LighthouseScores> {
	const lookup = findBrowser();
	if (!lookup.found) throw new Error(`Lighthouse needs a browser. ${lookup.message}`);
	const executable = await browserExecutable(lookup.found);
	const { launch } = await import('chrome-launcher');
	const { default: lighthouse } = await import('lighthouse');
	const chrome = await launch({
		chromePath: executable.path,
		chromeFlags: ['--headless=new', ...browserFlags],
		...(executable.env ? { envVars: executable.env as Record<string, string> } : {}),
	});
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
		const score = (id: string) => Math.round((result?.lhr.categories[id]?.score ?? 0) * 100);
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
		};
	} finally {
		await chrome.kill();
	}
}
