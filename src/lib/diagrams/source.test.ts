import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../content/catalog.ts';
import { prepareDiagram, readDiagramFile } from './source.ts';

const catalog = loadCatalog(
	join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'catalog.yaml')
);
const fence = { file: 'content/docs/operations/crm.mdx', fenceLine: 12 };

describe('a diagram', () => {
	it('is prepared with its accessible name and the catalog names filled in', () => {
		const d = prepareDiagram(
			catalog,
			'flowchart LR\n  accTitle: Orders\n  A["{{1.1.1.5}}"] --> B\n',
			fence
		);
		expect([d.origin, d.title, d.text]).toEqual([
			'content/docs/operations/crm.mdx:12',
			'Orders',
			'flowchart LR\n\n  A["Order Handling"] --> B',
		]);
	});

	it('without accTitle fails with the fence or file and the fix', () => {
		expect(() => prepareDiagram(catalog, 'flowchart LR\n  A --> B\n', fence)).toThrow(
			'content/docs/operations/crm.mdx:12: the diagram has no accTitle. Add a line "accTitle: <what the diagram shows>"'
		);
		expect(() =>
			prepareDiagram(catalog, 'flowchart LR\n  A --> B\n', { file: 'diagrams/flow.mmd' })
		).toThrow(/^diagrams\/flow\.mmd: the diagram has no accTitle/);
	});

	it('with a click directive to a script or another site fails with the line in the file', () => {
		const text = (click: string) => `flowchart LR\n  accTitle: Orders\n  A --> B\n  ${click}\n`;
		// The fence is on line 12, so the diagram's fourth line is line 16 of the chapter.
		expect(() => prepareDiagram(catalog, text('click A "javascript:alert(1)"'), fence)).toThrow(
			/^content\/docs\/operations\/crm\.mdx:16: a click directive with a javascript: URL, which would run script; a diagram may only link to a page of the handbook, with a path such as "\/operations\/crm\/"/
		);
		expect(() =>
			prepareDiagram(catalog, text('click B href "https://example.com/x" "Tip" _blank'), {
				file: 'diagrams/flow.mmd',
			})
		).toThrow(
			/^diagrams\/flow\.mmd:4: a click directive that links to another site \("https:\/\/example\.com\/x"\)/
		);
		expect(() => prepareDiagram(catalog, text('click A call alert(1)'), fence)).toThrow(
			/^content\/docs\/operations\/crm\.mdx:16: a click directive that calls a script function/
		);
		// A link inside the handbook is fine.
		expect(
			prepareDiagram(catalog, text('click A href "/operations/crm/#process-1-1-1-5"'), fence).title
		).toBe('Orders');
	});
});

describe('a diagram file', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'etom-diagrams-'));
		mkdirSync(join(dir, 'generated'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('that is not UTF-8 fails with its line and column', () => {
		writeFileSync(
			join(dir, 'flow.mmd'),
			Buffer.concat([
				Buffer.from('flowchart LR\n  accTitle: R'),
				Buffer.from([0xe9]),
				Buffer.from('sum\n  A --> B\n'),
			])
		);
		expect(() => readDiagramFile(catalog, dir, 'flow', 'content/docs/x.mdx:3')).toThrow(
			/^diagrams\/flow\.mmd:2:14: the file is not UTF-8 text \(byte 0xE9 /
		);
	});

	it('that does not exist fails where it is referenced', () => {
		expect(() => readDiagramFile(catalog, dir, 'missing', 'content/docs/x.mdx:3')).toThrow(
			'content/docs/x.mdx:3: no diagram "missing": expected the file diagrams/missing.mmd.'
		);
	});
});
