import type { z } from 'zod';
import {
	catalogFile as catalogFileSchema,
	processRecord,
	verticalRecord,
	type ProcessRecord,
	type VerticalRecord,
} from './catalog-schema.ts';
import { termProblems } from './everyday-terms.ts';
import { displayPath } from './paths.ts';
import { EncodingError, readUtf8 } from './text-file.ts';
import { parseYamlSource, YamlSyntaxError } from './yaml-source.ts';

export type Process = ProcessRecord;
export type Vertical = VerticalRecord;

/**
 * The one error the catalog parser throws, for any problem with the catalog: reported as
 * `file:line[:column]: record "id": reason` so a maintainer can jump to it. From
 * {@link parseCatalog} it always has a line; from {@link loadCatalog}, none when the file cannot
 * be read at all.
 */
export class CatalogError extends Error {
	readonly file: string;
	readonly line: number | undefined;
	readonly column: number | undefined;
	readonly recordId: string | undefined;

	constructor(file: string, line: number | undefined, recordId: string | undefined, reason: string, column?: number) {
		const where = line ? `${file}:${line}${column ? `:${column}` : ''}` : file;
		const what = recordId ? ` record "${recordId}":` : '';
		super(`Invalid process catalog ${where}:${what} ${reason}`);
		this.name = 'CatalogError';
		this.file = file;
		this.line = line;
		this.column = column;
		this.recordId = recordId;
	}
}

/** One cell of a matrix: a process in its horizontal's row, spanning one or more columns. */
export interface MatrixCell {
	process: Process;
	/** Index of the first and last column (vertical) the process spans, inclusive. */
	from: number;
	to: number;
}

export interface Matrix {
	area: Process;
	rows: Process[];
	columns: Vertical[];
	/** Cells per row id, in id order. */
	cells: Map<string, MatrixCell[]>;
}

export interface Catalog {
	file: string;
	processes: readonly Process[];
	verticals: readonly Vertical[];
	byId(id: string): Process | undefined;
	/** Like byId, but throws a clear error for an unknown id. */
	get(id: string): Process;
	vertical(key: string): Vertical | undefined;
	children(id: string): Process[];
	ancestors(id: string): Process[];
	/** Level-0 areas in id order. */
	areas(): Process[];
	/** The matrix of an area (horizontals x verticals), core processes only. */
	matrix(areaId: string): Matrix;
}

/** Numeric, segment-wise comparison, so that 1.1.1.10 sorts after 1.1.1.9. */
export function compareIds(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? -1) - (pb[i] ?? -1);
		if (d !== 0) return d;
	}
	return 0;
}

/** Level implied by an id: `1.1` is Level 0, `1.1.1` Level 1, and so on. */
const levelOfId = (id: string): number => id.split('.').length - 2;

const formatIssues = (error: z.ZodError): string =>
	error.issues
		.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
		.join('; ');

/**
 * Parses and validates catalog YAML. `file` is only used in error messages. Any problem, from a
 * YAML syntax error to a record that breaks a rule, throws a {@link CatalogError} with the line
 * (and for a syntax error the column) where it is; nothing else is thrown.
 */
export function parseCatalog(text: string, file: string): Catalog {
	const shownFile = displayPath(file);
	let source;
	try {
		source = parseYamlSource(text);
	} catch (error) {
		if (!(error instanceof YamlSyntaxError)) throw error;
		throw new CatalogError(shownFile, error.line, undefined, `YAML syntax error: ${error.reason}. Fix the YAML there (indentation, a missing quote, colon or bracket).`, error.column);
	}
	const top = catalogFileSchema.safeParse(source.data);
	if (!top.success) {
		const line = source.lineOf(top.error.issues[0]?.path.filter((p) => typeof p !== 'symbol') ?? []) ?? 1;
		throw new CatalogError(shownFile, line, undefined, `${formatIssues(top.error)}. The file needs exactly two lists, "verticals:" and "processes:".`);
	}

	/** Line of the n-th item of a top-level list, for error messages. */
	const lineOf = (list: 'verticals' | 'processes', index: number): number => source.lineOf([list, index]) ?? 1;
	/** Line of one of a process's everyday terms, for error messages. */
	const indexes = new Map<string, number>();
	const termLine = ({ id, index }: { id: string; index: number }): number | undefined =>
		source.lineOf(['processes', indexes.get(id) ?? -1, 'terms', index]);

	const verticals: Vertical[] = [];
	const verticalLines = new Map<string, number>();
	top.data.verticals.forEach((raw, i) => {
		const line = lineOf('verticals', i);
		const key = (raw as { key?: unknown })?.key;
		const parsed = verticalRecord.safeParse(raw);
		if (!parsed.success) {
			throw new CatalogError(shownFile, line, typeof key === 'string' ? key : undefined, formatIssues(parsed.error));
		}
		if (verticalLines.has(parsed.data.key)) {
			throw new CatalogError(shownFile, line, parsed.data.key, `duplicate vertical key (first defined on line ${verticalLines.get(parsed.data.key)}). Give each vertical a unique key.`);
		}
		verticalLines.set(parsed.data.key, line);
		verticals.push(parsed.data);
	});

	const byId = new Map<string, Process>();
	const lines = new Map<string, number>();
	top.data.processes.forEach((raw, i) => {
		const line = lineOf('processes', i);
		const id = (raw as { id?: unknown })?.id;
		const parsed = processRecord.safeParse(raw);
		if (!parsed.success) {
			throw new CatalogError(shownFile, line, typeof id === 'string' ? id : undefined, formatIssues(parsed.error));
		}
		const p = parsed.data;
		if (byId.has(p.id)) {
			throw new CatalogError(shownFile, line, p.id, `duplicate id (first defined on line ${lines.get(p.id)}). Each process needs a unique id.`);
		}
		byId.set(p.id, p);
		lines.set(p.id, line);
		indexes.set(p.id, i);
	});

	// A parent chain that comes back to where it started: named before the checks below, which
	// would only see a parent whose id the child's does not extend.
	for (const p of byId.values()) {
		const chain = [p.id];
		for (let q = byId.get(p.parent ?? ''); q; q = byId.get(q.parent ?? '')) {
			chain.push(q.id);
			if (q.id === p.id) {
				throw new CatalogError(shownFile, lines.get(p.id), p.id, `circular parent: ${chain.join(' -> ')}. A process cannot be its own ancestor; give each record the parent whose id its own id extends.`);
			}
			if (chain.length > byId.size) break; // a cycle that does not pass through p: reported at one of its members
		}
	}

	for (const p of byId.values()) {
		const fail = (reason: string): never => {
			throw new CatalogError(shownFile, lines.get(p.id), p.id, reason);
		};
		if (levelOfId(p.id) !== p.level) {
			fail(`level ${p.level} does not match the id's depth (an id with ${p.id.split('.').length} numbers is Level ${levelOfId(p.id)}).`);
		}
		if (p.level === 0) {
			if (p.parent) fail('a Level-0 area has no parent; remove "parent".');
			if (p.area !== p.id) fail(`a Level-0 area is its own area; set area: "${p.id}".`);
			continue;
		}
		if (!p.parent) fail(`a Level-${p.level} process needs a parent.`);
		const parent = byId.get(p.parent!);
		if (!parent) fail(`unknown parent "${p.parent}". Add the parent record or fix the id.`);
		if (!p.id.startsWith(`${parent!.id}.`)) fail(`the id does not extend its parent's id "${parent!.id}".`);
		if (parent!.level !== p.level - 1) fail(`parent "${parent!.id}" is Level ${parent!.level}, expected Level ${p.level - 1}.`);
		if (p.area !== parent!.area) fail(`area "${p.area}" differs from its parent's area "${parent!.area}".`);

		const columns = verticals.filter((v) => v.area === p.area).map((v) => v.key);
		if (p.cells.length > 0) {
			if (p.level !== 2) fail('only Level-2 processes sit in matrix cells; remove "cells".');
			const indexes = p.cells.map((key) => {
				const index = columns.indexOf(key);
				if (index < 0) {
					fail(`cell "${key}" is outside the matrix: the verticals of area ${p.area} are ${columns.join(', ') || 'none'}.`);
				}
				return index;
			});
			const sorted = [...indexes].sort((a, b) => a - b);
			if (sorted.some((v, i) => i > 0 && v !== sorted[i - 1]! + 1)) {
				fail(`cells [${p.cells.join(', ')}] are not adjacent verticals; a process spans a contiguous run of columns.`);
			}
		} else if (p.level === 2 && p.scope === 'core' && columns.length > 0) {
			fail(`a core Level-2 process of area ${p.area} needs its matrix cells (one or more of ${columns.join(', ')}).`);
		}
	}
	for (const v of verticals) {
		const area = byId.get(v.area);
		if (!area || area.level !== 0) {
			throw new CatalogError(shownFile, verticalLines.get(v.key), v.key, `area "${v.area}" is not a Level-0 area of the catalog.`);
		}
	}
	const [termProblem] = termProblems([...byId.values()], verticals, termLine);
	if (termProblem) {
		throw new CatalogError(shownFile, termLine(termProblem) ?? lines.get(termProblem.id), termProblem.id, termProblem.reason);
	}

	return createCatalog(file, [...byId.values()].sort((a, b) => compareIds(a.id, b.id)), verticals);
}

function createCatalog(file: string, processes: Process[], verticals: Vertical[]): Catalog {
	const index = new Map(processes.map((p) => [p.id, p]));
	const kids = new Map<string, Process[]>();
	for (const p of processes) if (p.parent) kids.set(p.parent, [...(kids.get(p.parent) ?? []), p]);
	const catalog: Catalog = {
		file,
		processes,
		verticals,
		byId: (id) => index.get(id),
		get(id) {
			const p = index.get(id);
			if (!p) throw new Error(`Unknown process id "${id}": it is not in ${displayPath(file)}.`);
			return p;
		},
		vertical: (key) => verticals.find((v) => v.key === key),
		children: (id) => kids.get(id) ?? [],
		ancestors(id) {
			const chain: Process[] = [];
			for (let p = index.get(id); p?.parent; ) {
				p = index.get(p.parent);
				if (p) chain.unshift(p);
			}
			return chain;
		},
		areas: () => processes.filter((p) => p.level === 0),
		matrix(areaId) {
			const area = catalog.get(areaId);
			const columns = verticals.filter((v) => v.area === areaId);
			const rows = catalog.children(areaId);
			const cells = new Map<string, MatrixCell[]>();
			for (const row of rows) {
				cells.set(
					row.id,
					catalog
						.children(row.id)
						.filter((p) => p.scope === 'core' && p.cells.length > 0)
						.map((process) => {
							const idx = process.cells.map((key) => columns.findIndex((c) => c.key === key));
							return { process, from: Math.min(...idx), to: Math.max(...idx) };
						})
				);
			}
			return { area, rows, columns, cells };
		},
	};
	return catalog;
}

/** The catalog's records as plain data: what the content model hands to the build's pages. */
export interface CatalogData {
	file: string;
	processes: Process[];
	verticals: Vertical[];
}

/** Reads and validates the catalog file, which must be UTF-8 text. */
export function loadCatalog(file: string): Catalog {
	let text: string;
	try {
		text = readUtf8(file);
	} catch (cause) {
		if (cause instanceof EncodingError) {
			throw new CatalogError(displayPath(file), cause.line, undefined, cause.reason, cause.column);
		}
		throw new CatalogError(displayPath(file), undefined, undefined, `cannot read the catalog (${(cause as Error).message}).`);
	}
	return parseCatalog(text, file);
}

/** A catalog from records that were already validated (the content model's serialised copy). */
export const catalogFromData = (data: CatalogData): Catalog => createCatalog(data.file, data.processes, data.verticals);
