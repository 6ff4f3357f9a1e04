import { z } from 'zod';

/** Classic eTOM ids: `1.1` (Level 0) to `1.1.1.5.4` (Level 3). */
export const processId = z
	.string()
	.regex(/^1(\.[1-9]\d*)+$/, 'an id is dot-separated numbers starting with "1.", e.g. "1.1.1.5"')
	.refine(
		(id) => id.split('.').length <= 5,
		'the id is deeper than Level 3 (it has more than five numbers, as in "1.1.1.5.4"); the catalog holds Levels 0 to 3. Describe a Level-4 step in the prose of its Level-3 process instead'
	);

const alias = z.strictObject({
	name: z.string().min(1),
	note: z.string().min(1),
});

export const idStatus = z.enum(['confirmed', 'single-source', 'inferred']);

/** An everyday term as written: the fact box lists a process's terms separated by commas. */
const termText = z
	.string()
	.trim()
	.min(2, 'a term has at least two characters')
	.max(40, 'keep a term short (at most 40 characters): a word or phrase a reader would type')
	.regex(/^[^,;]+$/, 'a term holds no comma or semicolon (the fact box lists terms with commas)');

/**
 * A word or phrase practitioners use for what a process does ("trouble ticket", "dunning"): a
 * plain string, or `{ term, shared: true }` when two or more processes own it equally (every owner
 * marks it shared). Read as `{ term, shared }`.
 */
export const everydayTerm = z
	.union([termText, z.strictObject({ term: termText, shared: z.literal(true) })])
	.transform((t) => (typeof t === 'string' ? { term: t, shared: false } : t));

export const processRecord = z.strictObject({
	id: processId,
	name: z.string().min(1),
	abbr: z.string().min(1).optional(),
	level: z.number().int().min(0).max(3, 'the catalog holds Levels 0 to 3'),
	parent: processId.optional(),
	area: processId,
	/** Verticals (matrix columns) the process occupies in its horizontal's row. */
	cells: z.array(z.string()).default([]),
	release: z.string().min(1),
	idStatus,
	/** Where the id and name come from: source keys of the reference notes, e.g. "S1; S9". */
	source: z.string().min(1).optional(),
	scope: z.enum(['core', 'later']).default('core'),
	aliases: z.array(alias).default([]),
	/** Everyday terms, shown in the fact box and indexed at the process's section. */
	terms: z.array(everydayTerm).default([]),
	successors: z.strictObject({ r16: z.string().min(1), v25: z.string().min(1) }).optional(),
	summary: z.string().min(20, 'write a one-line summary of at least 20 characters'),
});

export const verticalRecord = z.strictObject({
	key: z.string().regex(/^[A-Z]+$/, 'a vertical key is upper-case letters, e.g. "OSR"'),
	name: z.string().min(1),
	abbr: z.string().min(1).optional(),
	area: processId,
	aliases: z.array(alias).default([]),
	summary: z.string().min(20, 'write a one-line summary of at least 20 characters'),
});

export const catalogFile = z.strictObject({
	verticals: z.array(z.unknown()),
	processes: z.array(z.unknown()),
});

export type ProcessRecord = z.infer<typeof processRecord>;
export type VerticalRecord = z.infer<typeof verticalRecord>;
export type IdStatus = z.infer<typeof idStatus>;
