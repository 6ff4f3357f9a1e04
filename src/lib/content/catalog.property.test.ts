import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CatalogError, parseCatalog, type Catalog } from './catalog.ts';

// Property-based tests of the catalog parser: whatever text it is given, it returns a catalog that
// keeps the catalog's rules or throws a CatalogError with a line number, and nothing else.

const file = '/x/content/catalog/processes.yaml';

/** The property: a parse either accepts (and the result is sound) or throws a CatalogError with a line. */
function acceptsOrExplains(text: string): 'accepted' | 'rejected' {
	let catalog: Catalog;
	try {
		catalog = parseCatalog(text, file);
	} catch (error) {
		expect(error).toBeInstanceOf(CatalogError);
		const { line, message } = error as CatalogError;
		expect(Number.isInteger(line), message).toBe(true);
		expect(line, message).toBeGreaterThanOrEqual(1);
		expect(line, message).toBeLessThanOrEqual(text.split('\n').length + 1);
		expect(message).toMatch(
			/^Invalid process catalog \/x\/content\/catalog\/processes\.yaml:\d+(:\d+)?: /
		);
		return 'rejected';
	}
	for (const p of catalog.processes) {
		// Every process hangs from a Level-0 area through one parent per level, ids extending ids.
		const chain = catalog.ancestors(p.id);
		expect(chain.map((a) => a.level)).toEqual([...chain.keys()]);
		expect(chain.every((a) => p.id.startsWith(`${a.id}.`))).toBe(true);
		expect(p.level).toBe(chain.length);
		expect(p.level).toBeLessThanOrEqual(3);
	}
	return 'accepted';
}

/** Pieces of YAML and of catalog records, so random text often gets past the YAML parser. */
const token = fc.constantFrom(
	'verticals:',
	'processes:',
	'\n',
	'\n  - ',
	'\n    ',
	'  ',
	'- ',
	'id: ',
	'"1.1"',
	'"1.1.1"',
	'"1.1.1.5.4.2"',
	'level: ',
	'0',
	'3',
	'-1',
	'1e999',
	'parent: ',
	'area: "1.1"',
	'cells: [F]',
	'key: F',
	'summary: ',
	'Twenty characters or more of summary.',
	'idStatus: confirmed',
	'release: classic',
	'name: X',
	':',
	'[',
	']',
	'{',
	'}',
	',',
	'"',
	"'",
	'&a ',
	'*a',
	'<<: *a',
	'#',
	'!!str ',
	'!!binary ',
	'|',
	'>',
	'---',
	'...',
	'? ',
	'\t',
	'~',
	'null',
	'__proto__: ',
	'\u00e9',
	'\uFEFF'
);
const yamlish = fc
	.array(fc.oneof(token, fc.string({ maxLength: 6 })), { maxLength: 60 })
	.map((t) => t.join(''));

/** A valid catalog: area 1.1 with two verticals and a random tree of processes down to Level 3. */
const validRecords = fc
	.array(
		fc.tuple(
			fc.integer({ min: 1, max: 3 }),
			fc.integer({ min: 1, max: 3 }),
			fc.integer({ min: 0, max: 2 }),
			fc.constantFrom(['F'], ['A'], ['F', 'A'])
		),
		{ maxLength: 12 }
	)
	.map((paths) => {
		const processes = new Map<string, Record<string, unknown>>();
		const add = (id: string, level: number, extra: Record<string, unknown> = {}) => {
			if (processes.has(id)) return;
			const parent = level > 0 ? id.split('.').slice(0, -1).join('.') : undefined;
			processes.set(id, {
				id,
				name: `Process ${id}`,
				level,
				...(parent ? { parent } : {}),
				area: '1.1',
				release: 'classic',
				idStatus: 'confirmed',
				summary: `The process with the id ${id}, for the test.`,
				...extra,
			});
		};
		add('1.1', 0);
		for (const [a, b, c, cells] of paths) {
			add(`1.1.${a}`, 1);
			add(`1.1.${a}.${b}`, 2, { cells });
			if (c > 0) add(`1.1.${a}.${b}.${c}`, 3);
		}
		return {
			verticals: ['F', 'A'].map((key) => ({
				key,
				name: `Vertical ${key}`,
				area: '1.1',
				summary: `The vertical ${key}, for the test.`,
			})),
			processes: [...processes.values()],
		};
	});

/** Any value a field might be given by mistake. */
const anyValue = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.integer({ min: -2, max: 6 }),
	fc.double(),
	fc.boolean(),
	fc.constant(null),
	fc.constantFrom(
		'1.1',
		'1.1.1',
		'1.1.1.5',
		'1.1.1.5.4.2',
		'1',
		'F',
		'A',
		'B',
		'core',
		'later',
		'inferred'
	),
	fc.array(fc.constantFrom('F', 'A', 'B', 1), { maxLength: 3 }),
	fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 })
);
const field = fc.constantFrom(
	'id',
	'name',
	'level',
	'parent',
	'area',
	'cells',
	'release',
	'idStatus',
	'summary',
	'scope',
	'aliases',
	'abbr',
	'key',
	'unknown'
);

/** A valid catalog with a few fields of its records set, removed or swapped at random. */
const brokenRecords = fc
	.tuple(
		validRecords,
		fc.array(fc.tuple(fc.boolean(), fc.nat(), field, fc.option(anyValue, { nil: undefined })), {
			minLength: 1,
			maxLength: 4,
		})
	)
	.map(([catalog, edits]) => {
		for (const [inVerticals, index, key, value] of edits) {
			const list: Record<string, unknown>[] = inVerticals ? catalog.verticals : catalog.processes;
			const record = list[index % list.length]!;
			if (value === undefined) delete record[key];
			else record[key] = value;
		}
		return catalog;
	});

/** The text of a valid catalog with a few random cuts and insertions. */
const mutatedText = fc
	.tuple(
		validRecords,
		fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.oneof(token, fc.string({ maxLength: 4 }))), {
			minLength: 1,
			maxLength: 3,
		})
	)
	.map(([catalog, edits]) =>
		edits.reduce((text, [at, cut, insert]) => {
			const i = at % (text.length + 1);
			return text.slice(0, i) + insert + text.slice(i + cut);
		}, stringify(catalog))
	);

// Hundreds of parses each: on a loaded 2-core machine they take several times the default 5 s.
describe('the catalog parser on random input', { timeout: 60_000 }, () => {
	it('accepts every valid catalog', () => {
		fc.assert(
			fc.property(validRecords, (catalog) => {
				expect(acceptsOrExplains(stringify(catalog))).toBe('accepted');
			})
		);
	});

	it('accepts or throws a CatalogError with a line on records with wrong, missing or extra fields', () => {
		fc.assert(
			fc.property(brokenRecords, (catalog) => void acceptsOrExplains(stringify(catalog))),
			{ numRuns: 500 }
		);
	});

	it('accepts or throws a CatalogError with a line on valid text cut and patched at random', () => {
		fc.assert(
			fc.property(mutatedText, (text) => void acceptsOrExplains(text)),
			{ numRuns: 500 }
		);
	});

	it('accepts or throws a CatalogError with a line on random YAML-like text and on any text', () => {
		fc.assert(
			fc.property(yamlish, (text) => void acceptsOrExplains(text)),
			{ numRuns: 500 }
		);
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary', maxLength: 300 }),
				(text) => void acceptsOrExplains(text)
			),
			{ numRuns: 300 }
		);
	});
});
