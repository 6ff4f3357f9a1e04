import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConcepts } from './concepts.ts';

/** A catalog folder with concepts.yaml and, per language, concepts.<lang>.yaml. */
const folder = (files: Record<string, string>) => {
	const dir = mkdtempSync(join(tmpdir(), 'etom-concepts-'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return join(dir, 'concepts.yaml');
};
const list = `concepts:
  - term: Process id
    at: [introduction/how-to-read#reading-a-process-id]
  - term: Fact box
    at: [introduction/how-to-read#fact-boxes]
`;
const chapters = new Set(['introduction/how-to-read']);

describe('loadConcepts', () => {
	it('gives each concept its term in every other edition', () => {
		const file = folder({
			'concepts.yaml': list,
			'concepts.es.yaml': 'terms:\n  Process id: Identificador de proceso\n  Fact box: Ficha del proceso\n',
		});
		expect(loadConcepts(file, chapters, ['es']).map((c) => [c.term, c.translations])).toEqual([
			['Process id', { es: 'Identificador de proceso' }],
			['Fact box', { es: 'Ficha del proceso' }],
		]);
	});

	it('fails, naming the file and the fix, when an edition has no translation file', () => {
		const file = folder({ 'concepts.yaml': list });
		expect(() => loadConcepts(file, chapters, ['pl'])).toThrow(
			/concepts\.pl\.yaml is missing: the pl edition's index needs its key concepts\. Create it/
		);
	});

	it('names the concepts a translation misses, and a term that is not a concept, with its line', () => {
		const missing = folder({
			'concepts.yaml': list,
			'concepts.id.yaml': 'terms:\n  Process id: Id proses\n',
		});
		expect(() => loadConcepts(missing, chapters, ['id'])).toThrow(
			/concepts\.id\.yaml: no id term for "Fact box"\. Add a line/
		);
		const unknown = folder({
			'concepts.yaml': list,
			'concepts.es.yaml':
				'terms:\n  Process id: Identificador de proceso\n  Fact box: Ficha\n  Fact boxes: Fichas\n',
		});
		expect(() => loadConcepts(unknown, chapters, ['es'])).toThrow(
			/concepts\.es\.yaml:4: "Fact boxes" is not a concept of .*concepts\.yaml\. Remove it/
		);
	});
});
