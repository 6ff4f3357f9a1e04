import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/lib/browser.ts';
import { buildFixture } from '../helpers/fixture.ts';

// Fixture projects under test/fixtures/: `diagram-render` (a fence and a <Diagram>), `invalid-mermaid`,
// `diagram-cache` and `diagram-changed`; their diagrams and render cache are in test/fixtures/diagrams.
const page = (dist: string, slug: string) => readFileSync(join(dist, slug, 'index.html'), 'utf8');

describe.skipIf(!findBrowser().found).concurrent('diagrams rendered at build time', () => {
	it('turn a mermaid fence and a <Diagram> into accessible inline SVG with a text equivalent', async () => {
		const build = await buildFixture('diagram-render');
		try {
			expect(build.code, build.output).toBe(0);
			const html = page(build.outDir, 'operations/flows');
			expect(html).not.toMatch(/language-mermaid|mermaid\.min\.js|<pre[^>]*mermaid/);
			// Each figure, with the list of steps that follows it.
			const figures =
				html.match(
					/<figure class="diagram"[\s\S]*?<\/figure>(?:<div class="diagram__steps"[\s\S]*?<\/div>)?/g
				) ?? [];
			expect(figures).toHaveLength(2);
			for (const figure of figures) {
				// Both theme variants, each an image with an accessible name.
				expect(figure.match(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"/g)).toHaveLength(2);
				expect(figure).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
			}
			// Process names come from the catalog, and the steps list mirrors the edges.
			expect(figures[0]).toContain('<li>Order Handling → Problem Handling: trouble report</li>');
			expect(figures[1]).toContain('<li>Order Handling → Problem Handling: service order</li>');
			expect(build.output).toMatch(
				/\[diagrams\] 2 diagrams: \d+ rendered in [\d.]+ s, \d+ from cache/
			);
		} finally {
			build.cleanup();
		}
	});

	it("fail on invalid Mermaid with the MDX file, the line and Mermaid's parse error", async () => {
		const build = await buildFixture('invalid-mermaid');
		try {
			expect(build.code).not.toBe(0);
			expect(build.output).toMatch(
				/operations\/bad\.mdx:7: invalid Mermaid\. Mermaid says:\nParse error on line \d+/
			);
		} finally {
			build.cleanup();
		}
	});
});

describe.concurrent('diagrams without a browser', () => {
	// What a machine without any browser gets (src/lib/browser.ts).
	const noBrowser = { BROWSER_SEARCH: 'none' };

	it('build from the committed cache when nothing changed', async () => {
		const build = await buildFixture('diagram-cache', noBrowser);
		try {
			expect(build.code, build.output).toBe(0);
			expect(page(build.outDir, '')).toMatch(
				/<figure class="diagram" data-diagram="order-flow" id="figure-order-flow">/
			);
			expect(build.output).toMatch(/1 diagrams: 0 rendered in 0\.0 s, 1 from cache/);
		} finally {
			build.cleanup();
		}
	});

	it('fail with a clear message when a diagram changed', async () => {
		const build = await buildFixture('diagram-changed', noBrowser);
		try {
			expect(build.code).not.toBe(0);
			expect(build.output).toMatch(
				/diagrams\/order-flow\.mmd: the diagram is new or has changed.*no browser is available.*apt-get install -y chromium/s
			);
		} finally {
			build.cleanup();
		}
	});
});

describe('the committed render cache', () => {
	it('is not empty', () => {
		expect(readdirSync(join(process.cwd(), 'diagrams', 'cache')).length).toBeGreaterThan(0);
	});
});
