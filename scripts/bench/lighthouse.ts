import { findChromium } from '../../src/lib/browser.ts';

export interface LighthouseScores {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
}

/**
 * Lighthouse's four category scores (0 to 100) for one URL, in Debian's Chromium launched headless
 * with the flags every browser tool here uses. A measurement for the benchmark, not a test.
 */
export async function lighthouseScores(url: string): Promise<LighthouseScores> {
	const chromePath = findChromium();
	if (!chromePath) throw new Error('Lighthouse needs a browser (CHROMIUM_PATH).');
	const { launch } = await import('chrome-launcher');
	const { default: lighthouse } = await import('lighthouse');
	const chrome = await launch({
		chromePath,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
		const score = (id: string) => Math.round((result?.lhr.categories[id]?.score ?? 0) * 100);
		return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') };
	} finally {
		await chrome.kill();
	}
}
