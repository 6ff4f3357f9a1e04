import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedSources, loadSources } from './sources.ts';

const file = (text: string) => {
	const path = join(mkdtempSync(join(tmpdir(), 'etom-sources-')), 'sources.yaml');
	writeFileSync(path, text);
	return path;
};
const list = [
	{ key: 'S1', title: 'Process list', publisher: 'TM Forum' },
	{ key: 'S2', title: 'Model pages', publisher: 'TM Forum' },
	{ key: 'S10', title: 'Conformance report', publisher: 'A vendor' },
];

describe('citedSources', () => {
	it('lists each cited source once, in the order of its key number', () => {
		const processes = [
			{ id: '1.1.1.5.1', source: 'S10; S1 (as 1.1.1.22.1)' },
			{ id: '1.1.1.5.2', source: 'S1' },
			{ id: '1.1.1.5', source: undefined },
		];
		expect(citedSources(list, processes, 'sources.yaml').map((s) => s.key)).toEqual([
			'S1',
			'S10',
		]);
	});

	it('names the process, the key and the fix when a cited key is not listed', () => {
		expect(() => citedSources(list, [{ id: '1.1.3.2.1', source: 'S2; S7' }], 'x/sources.yaml')).toThrow(
			/cites source S7 for process 1\.1\.3\.2\.1, but x\/sources\.yaml does not list it\. Add an entry with key S7/
		);
	});
});

describe('loadSources', () => {
	it('reads the list, and a folder without one has no sources', () => {
		expect(loadSources(file('sources:\n  - key: S1\n    title: Process list\n    publisher: TM Forum\n'))).toEqual([
			list[0],
		]);
		expect(loadSources(join(tmpdir(), 'no-such-folder', 'sources.yaml'))).toEqual([]);
	});

	it('names the file and line of a bad or repeated entry', () => {
		const bad = file('sources:\n  - key: S1\n    title: Process list\n  - key: X\n    title: T\n    publisher: P\n');
		expect(() => loadSources(bad)).toThrow(/sources\.yaml:2: sources\.0\.publisher/);
		const twice = file(
			'sources:\n  - key: S1\n    title: One\n    publisher: Pub\n  - key: S1\n    title: Two\n    publisher: Pub\n'
		);
		expect(() => loadSources(twice)).toThrow(/sources\.yaml:5: S1 is listed twice/);
	});
});
