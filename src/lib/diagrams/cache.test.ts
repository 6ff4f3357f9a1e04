import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCached, writeCached } from './cache.ts';
import type { RenderedDiagram } from './renderer.ts';
import { DiagramService } from './service.ts';
import type { DiagramSource } from './source.ts';

const entry: RenderedDiagram = {
	key: 'abc123',
	title: 'Orders',
	light: '<svg role="img"><title>Orders</title><g/></svg>',
	dark: '<svg role="img"><title>Orders</title><g/></svg>',
	steps: ['A → B'],
};
const source: DiagramSource = {
	origin: 'diagrams/orders.mmd',
	text: 'flowchart LR\n A --> B',
	title: 'Orders',
	description: '',
	key: 'abc123',
};
const noBrowser = { found: undefined, looked: [], message: '(No browser in this test.)' };

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'etom-diagram-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the diagram render cache', () => {
	it('returns an entry it wrote, through a temporary file that is gone afterwards', () => {
		writeCached(entry, dir);
		expect(readdirSync(dir)).toEqual(['abc123.json']);
		expect(readCached('abc123', dir)).toEqual({ found: entry });
		expect(readCached('other', dir)).toEqual({ missing: true });
	});

	it('calls an entry damaged when it is cut short, malformed or holds another diagram', () => {
		const full = `${JSON.stringify(entry, null, '\t')}\n`;
		const damaged = (text: string) => {
			writeFileSync(join(dir, 'abc123.json'), text);
			const read = readCached('abc123', dir);
			return 'damaged' in read ? read.damaged : 'not damaged';
		};
		expect(damaged(full.slice(0, full.length / 2))).toMatch(/^not JSON/);
		expect(damaged(JSON.stringify({ ...entry, dark: '<svg role="img"><g>' }))).toMatch(
			/^dark: not a complete <svg> element/
		);
		expect(damaged(JSON.stringify({ ...entry, steps: undefined }))).toMatch(/^steps: /);
		expect(damaged(JSON.stringify({ ...entry, key: 'def456' }))).toBe(
			'it holds the diagram "def456"'
		);
	});

	it('is never trusted when damaged: the service renders again, and says so without a browser', async () => {
		writeFileSync(join(dir, 'abc123.json'), JSON.stringify({ ...entry, light: '<svg>' }));
		const service = new DiagramService(noBrowser, { info: () => {} }, dir);
		await expect(service.get(source)).rejects.toThrow(
			/^diagrams\/orders\.mmd: the rendered copy in diagrams\/cache\/abc123\.json is damaged \(light: not a complete <svg> element\), and no browser is available to render it\. \(No browser in this test\.\)/
		);
		writeCached(entry, dir);
		await expect(
			new DiagramService(noBrowser, { info: () => {} }, dir).get(source)
		).resolves.toEqual(entry);
	});
});
