import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramCacheDir, handbookPaths } from '../content/paths.ts';
import { withoutUnusedStyles } from './unused-styles.ts';

const sheetOf = (svg: string) => /<style\b[^>]*>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';

describe('withoutUnusedStyles', () => {
	it('drops the scoped selectors whose subject the drawing does not contain, and only those', () => {
		const svg =
			'<svg id="d-1" xmlns="http://www.w3.org/2000/svg"><style>' +
			'#d-1{fill:#333;}#d-1 p{margin:0;}#d-1 .label text,#d-1 span{fill:#ccc;}' +
			'#d-1 .node circle,#d-1 .node rect{stroke:#000;}@keyframes dash{to{stroke-dashoffset:0;}}' +
			'p{color:red;}#d-1 > div.tip{opacity:0;}#d-1 svg{font-size:16px;}' +
			'</style><g class="node"><rect/></g><text class="label">A</text></svg>';
		expect(sheetOf(withoutUnusedStyles(svg))).toBe(
			'#d-1{fill:#333;}#d-1 .label text{fill:#ccc;}' +
				'#d-1 .node rect{stroke:#000;}@keyframes dash{to{stroke-dashoffset:0;}}' +
				'p{color:red;}#d-1 svg{font-size:16px;}'
		);
	});

	it('leaves a drawing without an id, or a sheet with character references, as it is', () => {
		const noId = '<svg><style>#d-1 p{margin:0;}</style></svg>';
		expect(withoutUnusedStyles(noId)).toBe(noId);
		const escaped = '<svg id="d-1"><style>#d-1 &gt; p{margin:0;}</style></svg>';
		expect(withoutUnusedStyles(escaped)).toBe(escaped);
	});

	it('takes the HTML-element rules out of the committed drawings and keeps their shapes\' rules', () => {
		const dir = diagramCacheDir(handbookPaths());
		const cached = readdirSync(dir).filter((f) => f.endsWith('.json'));
		expect(cached.length).toBeGreaterThan(10);
		let dropped = 0;
		for (const file of cached) {
			const { light, dark } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<
				string,
				string
			>;
			for (const svg of [light!, dark!]) {
				const before = sheetOf(svg);
				const after = sheetOf(withoutUnusedStyles(svg));
				// Every rule left is one of Mermaid's, and no span, p or div rule survives.
				expect(after.length, file).toBeLessThanOrEqual(before.length);
				expect(after, file).not.toMatch(/#d-[\w-]+ (span|p|div)\b/);
				expect(after, file).toMatch(/#d-[\w-]+ \.node rect/);
				dropped += before.length - after.length;
			}
		}
		expect(dropped).toBeGreaterThan(0);
	});
});
