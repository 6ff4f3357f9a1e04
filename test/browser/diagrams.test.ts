import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { distFiles } from '../../src/lib/postbuild/dist.ts';
import { chromiumForTests, readerSession } from '../helpers/browser.ts';

const chromium = chromiumForTests();
const dist = inject('distDir');
const pagesWithDiagrams = distFiles(dist, '.html')
	.filter(
		(f) =>
			f.endsWith('index.html') &&
			readFileSync(join(dist, f), 'utf8').includes('<figure class="diagram"')
	)
	.map((f) => f.replace(/index\.html$/, ''));

describe.skipIf(!chromium)('diagrams as a reader sees them', () => {
	const reader = readerSession(chromium);

	it.each(['light', 'dark'])(
		'show one variant per diagram in the %s theme, with every label inside its box',
		async (theme) => {
			expect(pagesWithDiagrams.length).toBeGreaterThan(0);
			const page = await reader.browser.newPage({ viewport: { width: 1400, height: 900 } });
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			for (const path of pagesWithDiagrams) {
				await page.goto(`${reader.server.url}${path}`);
				await page.evaluate(() => document.fonts.ready);
				const report = await page.evaluate(() => {
					const visible = [
						...document.querySelectorAll<SVGSVGElement>('figure.diagram svg[role="img"]'),
					].filter((s) => s.getBoundingClientRect().width > 0);
					const overflows: string[] = [];
					const unstyled: string[] = [];
					for (const svg of visible) {
						// The SVG's own <style> must reach the page: without it shapes fall back to black fill.
						const shape = svg.querySelector(
							'g.node rect, g.node polygon, g.block rect, g.node path'
						);
						if (shape && getComputedStyle(shape).fill === 'rgb(0, 0, 0)')
							unstyled.push(svg.querySelector('title')?.textContent ?? '?');
						for (const node of svg.querySelectorAll<SVGGElement>('g.node, g.block')) {
							const shape = node.querySelector('rect, polygon, path, circle');
							const label = node.querySelector('text');
							if (!shape || !label) continue;
							const s = shape.getBoundingClientRect();
							const l = label.getBoundingClientRect();
							if (
								l.left < s.left - 1 ||
								l.right > s.right + 1 ||
								l.top < s.top - 1 ||
								l.bottom > s.bottom + 1
							) {
								overflows.push(
									`${svg.querySelector('title')?.textContent}: "${label.textContent}"`
								);
							}
						}
					}
					return {
						// The print view shows the matrix diagrams as tables (figure.diagram--table): no SVG.
						figures: document.querySelectorAll('figure.diagram:not(.diagram--table)').length,
						visible: visible.length,
						overflows,
						unstyled,
					};
				});
				expect(report.visible, `${path}: one visible SVG per figure`).toBe(report.figures);
				expect(report.overflows, path).toEqual([]);
				expect(report.unstyled, `${path}: diagrams drawn without their styles`).toEqual([]);
			}
			await page.close();
		}
	);
});
