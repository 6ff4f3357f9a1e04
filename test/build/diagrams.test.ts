import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../src/lib/browser.ts';
import { buildFixture, chapter } from '../helpers/fixture.ts';

const inline = '```mermaid\nflowchart LR\n  accTitle: Two steps\n  A["{{1.1.1.6}}"] -->|trouble report| B["{{1.1.2.3}}"]\n```';
const page = (dist: string, slug: string) => readFileSync(join(dist, slug, 'index.html'), 'utf8');

describe.skipIf(!findChromium())('diagrams rendered at build time', () => {
	it('turn a mermaid fence and a <Diagram> into accessible inline SVG with a text equivalent', async () => {
		const build = await buildFixture({
			'index.mdx': chapter('Home', 'Hi.'),
			'operations/flows.mdx': chapter('Flows', `${inline}\n\n<Diagram src="fulfillment-flow" />`),
		});
		try {
			expect(build.code, build.output).toBe(0);
			const html = page(build.outDir, 'operations/flows');
			expect(html).not.toMatch(/language-mermaid|mermaid\.min\.js|<pre[^>]*mermaid/);
			// Each figure, with the list of steps that follows it.
			const figures = html.match(/<figure class="diagram"[\s\S]*?<\/figure>(?:<div class="diagram__steps"[\s\S]*?<\/div>)?/g) ?? [];
			expect(figures).toHaveLength(2);
			for (const figure of figures) {
				// Both theme variants, each an image with an accessible name.
				expect(figure.match(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"/g)).toHaveLength(2);
				expect(figure).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
			}
			// Process names come from the catalog, and the steps list mirrors the edges.
			expect(figures[0]).toContain('<li>Problem Handling → Service Problem Management: trouble report</li>');
			expect(figures[1]).toContain('<li>Order Handling → Service Configuration &amp; Activation: service order</li>');
			expect(build.output).toMatch(/\[diagrams\] 2 diagrams: \d+ rendered in [\d.]+ s, \d+ from cache/);
		} finally {
			build.cleanup();
		}
	});

	it('fail on invalid Mermaid with the MDX file, the line and Mermaid\'s parse error', async () => {
		const build = await buildFixture({
			'index.mdx': chapter('Home', 'Hi.'),
			'operations/bad.mdx': chapter('Bad', 'Text.\n\n```mermaid\nflowchart LR\n  accTitle: Broken\n  A --> \n```'),
		});
		try {
			expect(build.code).not.toBe(0);
			expect(build.output).toMatch(/operations\/bad\.mdx:7: invalid Mermaid\. Mermaid says:\nParse error on line \d+/);
		} finally {
			build.cleanup();
		}
	});
});

describe('diagrams without a browser', () => {
	const noBrowser = { CHROMIUM_PATH: '/nonexistent/chromium' };

	it('build from the committed cache when nothing changed', async () => {
		const build = await buildFixture(
			{ 'index.mdx': chapter('Home', '<Diagram src="fulfillment-flow" />') },
			{ env: noBrowser }
		);
		try {
			expect(build.code, build.output).toBe(0);
			expect(page(build.outDir, '')).toMatch(/<figure class="diagram" data-diagram="fulfillment-flow">/);
			expect(build.output).toMatch(/1 diagrams: 0 rendered in 0\.0 s, 1 from cache/);
		} finally {
			build.cleanup();
		}
	});

	it('fail with a clear message when a diagram changed', async () => {
		const build = await buildFixture(
			{ 'index.mdx': chapter('Home', '<Diagram src="fulfillment-flow" />') },
			{
				env: noBrowser,
				edit: ({ diagramsDir }) => {
					const file = join(diagramsDir, 'fulfillment-flow.mmd');
					writeFileSync(file, readFileSync(file, 'utf8').replace('service order', 'service request'));
				},
			}
		);
		try {
			expect(build.code).not.toBe(0);
			expect(build.output).toMatch(/diagrams\/fulfillment-flow\.mmd: the diagram is new or has changed.*no browser is available.*apt-get install -y chromium/s);
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
