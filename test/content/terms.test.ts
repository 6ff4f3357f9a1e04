import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../src/lib/content/glossary.ts';
import { handbook } from '../helpers/handbook.ts';

// The catalog's everyday terms: the words readers search with, shown in each process's fact box.
// Their uniqueness is checked when the catalog loads (src/lib/content/everyday-terms.ts).
const { catalog } = handbook;
const coreOperations = [...catalog.matrix('1.1').cells.values()].flat().map((c) => c.process);

describe('everyday terms', () => {
	it('are given for every core Operations Level-2 process, at least three each', () => {
		expect(coreOperations).toHaveLength(30);
		const few = coreOperations
			.filter((p) => p.terms.length < 3)
			.map((p) => `${p.id} ${p.name}: ${p.terms.length}`);
		expect(few).toEqual([]);
	});

	it('are given for Level-2 processes of the other areas too', () => {
		for (const area of ['1.2', '1.3']) {
			const level2 = catalog.processes.filter((p) => p.area === area && p.level === 2);
			const without = level2.filter((p) => p.terms.length === 0).map((p) => `${p.id} ${p.name}`);
			// A few capability-delivery processes have no vocabulary of their own beyond their name.
			expect(without.length, without.join('\n')).toBeLessThanOrEqual(level2.length / 4);
		}
	});

	it('use only acronyms that the glossary defines', () => {
		const glossary = handbook.glossary();
		const defined = new Set(glossary.terms.map((t) => t.term));
		const missing = catalog.processes.flatMap((p) =>
			p.terms.flatMap(({ term }) =>
				[...findAcronyms(term, glossary)].filter((a) => !defined.has(a)).map((a) => `${a} (${p.id})`)
			)
		);
		expect(missing).toEqual([]);
	});
});
