import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { currentHost, findBrowser } from '../../src/lib/browser.ts';
import { DiagramService } from '../../src/lib/diagrams/service.ts';
import { prepareDiagram } from '../../src/lib/diagrams/source.ts';
import { exportPdfs } from '../../src/lib/pdf/export.ts';
import { destinationPages } from '../../src/lib/pdf/inspect.ts';
import { bookPdfPath } from '../../src/lib/pdf/plan.ts';
import { handbook } from '../helpers/handbook.ts';

// A fresh Linux x64 machine with no browser: the system's browsers and CHROMIUM_PATH hidden from
// the search (BROWSER_SEARCH=npm), so the npm-shipped Chromium (@sparticuz/chromium) does the work.
// The book it prints must have as many pages as the one the main build printed with the system's
// browser (in CI, Debian's Chromium), and it must render a diagram no cache holds.
const dist = inject('distDir');
const lookup = findBrowser(currentHost({ ...process.env, BROWSER_SEARCH: 'npm' }));
if (!lookup.found) {
	const message = `\n*** npm-shipped Chromium test SKIPPED: ${lookup.message} ***\n`;
	// CI runs npm ci on Linux x64: there the npm-shipped Chromium must be found.
	if (process.env.CI && process.platform === 'linux' && process.arch === 'x64')
		throw new Error(message);
	console.warn(message);
}

describe.skipIf(!lookup.found)(
	'a machine without a system browser, with the npm-shipped Chromium',
	() => {
		it(
			'prints the book with the same number of pages as the system browser did',
			{ timeout: 240_000 },
			async () => {
				const copy = mkdtempSync(join(tmpdir(), 'etom-npm-chromium-'));
				try {
					// The pages and assets only; the PDFs of the main build stay where the other tests read them.
					cpSync(dist, copy, { recursive: true, filter: (src) => !src.endsWith('.pdf') });
					const log: string[] = [];
					const report = await exportPdfs({
						handbook,
						distDir: copy,
						bookOnly: true,
						browser: lookup.found!,
						log: (m) => log.push(m),
					});
					expect(log.join('\n')).toMatch(
						/^browser: Chromium \d+\.[\d.]+ \(npm @sparticuz\/chromium [\d.]+: .*\/chromium\)$/m
					);
					const system = await destinationPages(
						new Uint8Array(readFileSync(join(dist, bookPdfPath)))
					);
					const npm = await destinationPages(new Uint8Array(readFileSync(join(copy, bookPdfPath))));
					expect(report.bookPages).toBe(npm.count);
					// Two Chromium versions may break one line of a 350-page book differently (its page
					// references move with it); more than a page apart would mean a real difference.
					expect(
						Math.abs(npm.count - system.count),
						`pages of the book: npm-shipped Chromium ${npm.count} vs the system browser ${system.count}`
					).toBeLessThanOrEqual(1);
				} finally {
					rmSync(copy, { recursive: true, force: true });
				}
			}
		);

		it('renders a diagram that is not in the render cache', { timeout: 60_000 }, async () => {
			const cacheDir = mkdtempSync(join(tmpdir(), 'etom-npm-chromium-cache-'));
			const log: string[] = [];
			const service = new DiagramService(lookup, { info: (m) => log.push(m) }, cacheDir);
			try {
				const text = `flowchart LR\n  accTitle: A diagram only this test draws\n  A["{{1.1.1.5}}"] -->|${Date.now()}| B["{{1.1.1.6}}"]`;
				const rendered = await service.get(
					prepareDiagram(handbook.catalog, text, { file: 'test/build/npm-chromium.test.ts' })
				);
				// Mermaid measured the labels in this browser and wrapped them into lines of SVG text.
				expect(rendered.light).toMatch(
					/^<svg [\s\S]*>Order<\/tspan>[\s\S]*>Problem<\/tspan>[\s\S]*<\/svg>$/
				);
				expect(rendered.steps).toEqual([
					expect.stringMatching(/^Order Handling → Problem Handling: \d+$/),
				]);
				expect(service.summary()).toMatch(/^1 diagrams: 1 rendered in/);
				expect(log.join('\n')).toMatch(/^browser: Chromium \d+/m);
			} finally {
				await service.close();
				rmSync(cacheDir, { recursive: true, force: true });
			}
		});
	}
);
