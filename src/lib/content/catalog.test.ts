import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogError, compareIds, loadCatalog, parseCatalog } from './catalog.ts';
import { handbookPaths } from './paths.ts';

describe('the real catalog', () => {
	const catalog = loadCatalog(handbookPaths().catalogFile);

	it('has the three Level-0 areas', () => {
		expect(catalog.areas().map((a) => a.name)).toEqual(['Operations', 'Strategy, Infrastructure & Product', 'Enterprise Management']);
	});

	it('has the Level-1 groupings of every area', () => {
		expect(catalog.children('1.1').map((p) => p.abbr)).toEqual(['CRM', 'SM&O', 'RM&O', 'S/PRM']);
		expect(catalog.children('1.2')).toHaveLength(4);
		expect(catalog.children('1.3')).toHaveLength(7);
		expect(catalog.verticals.filter((v) => v.area === '1.1').map((v) => v.name)).toEqual([
			'Operations Support & Readiness',
			'Fulfillment',
			'Assurance',
			'Billing & Revenue Management',
		]);
	});

	it('places the 30 core Operations Level-2 processes in the matrix', () => {
		const matrix = catalog.matrix('1.1');
		const placed = [...matrix.cells.values()].flat();
		expect(placed).toHaveLength(30);
		expect(placed.every((c) => c.process.level === 2 && c.process.scope === 'core')).toBe(true);
		const orderHandling = placed.find((c) => c.process.name === 'Order Handling')!;
		expect(orderHandling.process.id).toBe('1.1.1.5');
		expect([orderHandling.from, orderHandling.to]).toEqual([1, 1]);
		const interfaceMgmt = placed.find((c) => c.process.id === '1.1.4.6')!;
		expect([interfaceMgmt.from, interfaceMgmt.to]).toEqual([1, 3]);
	});

	it('answers by id, children and ancestors', () => {
		expect(catalog.get('1.1.1.5').name).toBe('Order Handling');
		expect(catalog.byId('9.9.9')).toBeUndefined();
		expect(() => catalog.get('9.9.9')).toThrow(/Unknown process id "9.9.9"/);
		expect(catalog.ancestors('1.1.1.5.4').map((p) => p.id)).toEqual(['1.1', '1.1.1', '1.1.1.5']);
		expect(catalog.children('1.1.1.5').map((p) => p.id)).toContain('1.1.1.5.4');
	});

	it('never shows an inferred id as confirmed', () => {
		expect(catalog.get('1.1.4.2').idStatus).toBe('inferred');
		expect(catalog.get('1.1.1.5').idStatus).toBe('confirmed');
	});

	it('sorts ids numerically', () => {
		expect(['1.1.1.10', '1.1.1.9', '1.1.1', '1.2'].sort(compareIds)).toEqual(['1.1.1', '1.1.1.9', '1.1.1.10', '1.2']);
	});
});

/** A valid little catalog; each invalid case below changes one thing. */
const base = `verticals:
  - key: F
    name: Fulfillment
    area: "1.1"
    summary: Turns an order into a working service for the customer.
  - key: A
    name: Assurance
    area: "1.1"
    summary: Keeps services working and within their agreed quality.
  - key: B
    name: Billing
    area: "1.1"
    summary: Turns the use of services into bills and collected revenue.
processes:
  - id: "1.1"
    name: Operations
    level: 0
    area: "1.1"
    release: classic
    idStatus: confirmed
    summary: The day-to-day processes that serve customers.
  - id: "1.1.1"
    name: Customer Relationship Management
    level: 1
    parent: "1.1"
    area: "1.1"
    release: classic
    idStatus: confirmed
    summary: Everything the operator does directly with its customers.
  - id: "1.1.1.5"
    name: Order Handling
    level: 2
    parent: "1.1.1"
    area: "1.1"
    cells: [F]
    release: classic
    idStatus: confirmed
    summary: Takes a customer's order from capture to completion.
`;

const parse = (text: string) => () => parseCatalog(text, '/x/content/catalog/processes.yaml');

/** Runs a parse that must fail and returns the error. */
function failure(text: string): CatalogError {
	try {
		parse(text)();
	} catch (e) {
		expect(e).toBeInstanceOf(CatalogError);
		return e as CatalogError;
	}
	throw new Error('expected the catalog to be rejected');
}

describe('catalog validation', () => {
	it('accepts the base case', () => {
		expect(parse(base)().processes).toHaveLength(3);
	});

	it('rejects a duplicate id, naming the file, the line and the id', () => {
		const text = `${base}  - id: "1.1.1.5"
    name: Order Handling again
    level: 2
    parent: "1.1.1"
    area: "1.1"
    cells: [F]
    release: classic
    idStatus: confirmed
    summary: A second record with the same id as another one.
`;
		const e = failure(text);
		expect(e.message).toContain('/x/content/catalog/processes.yaml:39');
		expect(e.message).toContain('"1.1.1.5"');
		expect(e.message).toMatch(/duplicate id \(first defined on line 30\)/);
	});

	it('rejects an unknown parent', () => {
		const e = failure(base.replace('parent: "1.1.1"', 'parent: "1.1.9"'));
		expect(e.recordId).toBe('1.1.1.5');
		expect(e.message).toMatch(/unknown parent "1.1.9"/);
	});

	it('rejects a cell outside the matrix', () => {
		const e = failure(base.replace('cells: [F]', 'cells: [PLM]'));
		expect(e.message).toMatch(/cell "PLM" is outside the matrix: the verticals of area 1.1 are F, A, B/);
	});

	it('rejects a span over verticals that are not adjacent', () => {
		expect(failure(base.replace('cells: [F]', 'cells: [F, B]')).message).toMatch(/not adjacent/);
	});

	it('rejects a level that does not match the id', () => {
		const e = failure(base.replace('    level: 2\n', '    level: 3\n'));
		expect(e.message).toMatch(/record "1.1.1.5": level 3 does not match the id's depth/);
	});

	it('rejects a core Level-2 process without a cell', () => {
		expect(failure(base.replace('    cells: [F]\n', '')).message).toMatch(/needs its matrix cells/);
	});

	it('rejects a malformed record with the field that is wrong', () => {
		const e = failure(base.replace('idStatus: confirmed\n    summary: Takes', 'idStatus: maybe\n    summary: Takes'));
		expect(e.recordId).toBe('1.1.1.5');
		expect(e.message).toMatch(/idStatus/);
	});

	it('rejects broken YAML with its line and column, and says what to fix', () => {
		const text = base.replace('name: Order Handling', 'name: Order Handling: now');
		const line = text.split('\n').indexOf('    name: Order Handling: now') + 1;
		const e = failure(text);
		// The parser stops at the value that holds a second colon.
		expect([e.line, e.column]).toEqual([line, '    name: '.length + 1]);
		expect(e.message).toContain(`/x/content/catalog/processes.yaml:${line}:11: YAML syntax error: Nested mappings are not allowed in compact mappings. Fix the YAML there`);
		expect(failure(`${base}  - id: "1.1.1.6\n`).message).toMatch(/processes\.yaml:\d+:\d+: YAML syntax error: Missing closing "quote/);
		const aliasLine = base.split('\n').length;
		expect(failure(`${base}  - *nowhere\n`).message).toContain(`processes.yaml:${aliasLine}:5: YAML syntax error: Unresolved alias`);
	});

	it('rejects a circular parent, naming the cycle', () => {
		const text = base.replace('    level: 1\n    parent: "1.1"', '    level: 1\n    parent: "1.1.1.5"');
		const e = failure(text);
		expect(e.message).toContain(`/x/content/catalog/processes.yaml:${text.split('\n').indexOf('  - id: "1.1.1"') + 1}: record "1.1.1": circular parent: 1.1.1 -> 1.1.1.5 -> 1.1.1.`);
		expect(e.message).toMatch(/cannot be its own ancestor/);
		// A process that is its own parent.
		const self = failure(base.replace('parent: "1.1.1"', 'parent: "1.1.1.5"'));
		expect(self.message).toMatch(/record "1.1.1.5": circular parent: 1.1.1.5 -> 1.1.1.5\./);
	});

	it('rejects an id deeper than Level 3 with the reason and the fix', () => {
		const text = `${base}  - id: "1.1.1.5.4.2"
    name: Record the order
    level: 4
    parent: "1.1.1.5.4"
    area: "1.1"
    release: classic
    idStatus: confirmed
    summary: A Level-4 step, which the catalog does not hold.
`;
		const e = failure(text);
		expect(e.line).toBe(base.split('\n').length);
		expect(e.recordId).toBe('1.1.1.5.4.2');
		expect(e.message).toMatch(/processes\.yaml:\d+: record "1\.1\.1\.5\.4\.2": id: the id is deeper than Level 3 .*the catalog holds Levels 0 to 3\. Describe a Level-4 step in the prose of its Level-3 process instead/);
		expect(e.message).toMatch(/level: the catalog holds Levels 0 to 3/);
	});

	it('rejects a file that is not a catalog at all, on line 1', () => {
		const e = failure('just some text\n');
		expect(e.line).toBe(1);
		expect(e.message).toMatch(/The file needs exactly two lists, "verticals:" and "processes:"/);
	});
});

describe('loadCatalog', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'etom-catalog-'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('rejects a catalog that is not UTF-8, with the line and column of the first bad byte', () => {
		const file = join(dir, 'processes.yaml');
		// "Order Handling" with a Windows-1252 en dash in its summary.
		const [before, after] = base.split('capture to completion') as [string, string];
		writeFileSync(file, Buffer.concat([Buffer.from(`${before}capture `), Buffer.from([0x96]), Buffer.from(` completion${after}`)]));
		let error: unknown;
		try {
			loadCatalog(file);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(CatalogError);
		const line = base.split('\n').findIndex((l) => l.includes('capture to completion')) + 1;
		expect(error).toMatchObject({ line, column: '    summary: Takes a customer\'s order from capture '.length + 1 });
		expect((error as Error).message).toMatch(new RegExp(`processes\\.yaml:${line}:\\d+: the file is not UTF-8 text \\(byte 0x96 .*Save it with the encoding UTF-8`));
	});
});

describe('everyday terms', () => {
	/** The base catalog with a second Level-2 process; `terms` lines are added to both. */
	const withTerms = (orderHandling: string, problemHandling: string) => `${base}    terms: ${orderHandling}
  - id: "1.1.1.6"
    name: Problem Handling
    level: 2
    parent: "1.1.1"
    area: "1.1"
    cells: [A]
    release: classic
    idStatus: confirmed
    summary: Takes in problems customers report and sees them fixed.
    terms: ${problemHandling}
`;

	it('reads plain and shared terms as { term, shared }', () => {
		const catalog = parse(withTerms('[order status, { term: number porting, shared: true }]', '[{ term: number porting, shared: true }, trouble ticket]'))();
		expect(catalog.get('1.1.1.5').terms).toEqual([
			{ term: 'order status', shared: false },
			{ term: 'number porting', shared: true },
		]);
		expect(catalog.get('1.1.1').terms).toEqual([]);
	});

	it('rejects a term claimed by two processes, naming both lines and the fix', () => {
		const e = failure(withTerms('[order status, trouble ticket]', '[customer complaint, Trouble  Ticket]'));
		expect(e.recordId).toBe('1.1.1.6');
		expect(e.line).toBe(49);
		expect(e.message).toContain('processes.yaml:49: record "1.1.1.6": term "Trouble  Ticket" is also an everyday term of 1.1.1.5 Order Handling (line 39)');
		expect(e.message).toContain('mark it shared in both: { term: "Trouble  Ticket", shared: true }');
	});

	it('rejects a term that only one of its owners marks shared', () => {
		const e = failure(withTerms('[{ term: trouble ticket, shared: true }]', '[trouble-ticket]'));
		expect(e.message).toMatch(/record "1.1.1.6": term "trouble-ticket" is also an everyday term of 1.1.1.5/);
	});

	it('rejects a term marked shared that no other process lists', () => {
		const e = failure(withTerms('[{ term: order status, shared: true }]', '[trouble ticket]'));
		expect(e.recordId).toBe('1.1.1.5');
		expect(e.message).toMatch(/term "order status" is marked shared, but no other process lists it/);
	});

	it('rejects a term listed twice by one process', () => {
		const e = failure(withTerms('[order status, Order status]', '[trouble ticket]'));
		expect(e.message).toMatch(/processes.yaml:39: record "1.1.1.5": term "Order status" is listed twice/);
	});

	it('rejects a term that repeats a process or vertical name', () => {
		expect(failure(withTerms('[problem handling]', '[trouble ticket]')).message).toMatch(
			/term "problem handling" is the name of 1.1.1.6 Problem Handling, which search finds at its own section already/
		);
		expect(failure(withTerms('[order status]', '[assurance]')).message).toMatch(/term "assurance" is the name of the vertical Assurance/);
	});

	it('rejects a term with a comma, naming the field', () => {
		const e = failure(withTerms('["order status, order tracking"]', '[trouble ticket]'));
		expect(e.message).toMatch(/terms.0: a term holds no comma or semicolon/);
	});
});

