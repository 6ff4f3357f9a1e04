import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Catalog } from '../content/catalog.ts';
import { EncodingError, readUtf8 } from '../content/text-file.ts';
import { clickProblems } from './click.ts';

/** Settings every render uses; part of the cache key, so changing them re-renders everything. */
export const renderSettings = {
	/** Bump when the post-processing of rendered SVG changes. */
	format: 3,
	fontFamily: 'Inter, sans-serif',
	variants: { light: 'default', dark: 'dark' },
	// SVG text labels, not HTML in <foreignObject>: valid inline, measurable, printable. Mermaid 12
	// reads the top-level setting and ignores flowchart.htmlLabels when it is present.
	htmlLabels: false,
	flowchart: { htmlLabels: false },
	block: { useMaxWidth: true },
} as const;

const mermaidVersion: string = (createRequire(import.meta.url)('mermaid/package.json') as { version: string }).version;

export interface DiagramSource {
	/** Where it comes from, for messages: `diagrams/fulfillment-flow.mmd` or `content/docs/x.mdx:12`. */
	origin: string;
	/** Mermaid text to render: catalog placeholders filled in, `accTitle`/`accDescr` lines taken out. */
	text: string;
	/** The accessible name and description, from the `accTitle:` and `accDescr:` lines. */
	title: string;
	description: string;
	/** Content address of the rendered result. */
	key: string;
}

export class DiagramError extends Error {
	constructor(origin: string, problem: string) {
		super(`${origin}: ${problem}`);
		this.name = 'DiagramError';
	}
}

/**
 * Fills `{{1.1.1.5}}` placeholders with the catalog name of the process (or vertical key), so that
 * diagrams never spell a process name by hand.
 */
function expandPlaceholders(catalog: Catalog, text: string, origin: string): string {
	return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, id: string) => {
		const entry = catalog.byId(id) ?? catalog.vertical(id);
		if (!entry) throw new DiagramError(origin, `unknown process id "${id}" in {{${id}}}. Use an id from content/catalog/processes.yaml.`);
		// Mermaid labels are quoted; a double quote inside would end them. Angle brackets as entity
		// codes too: a name is text, and Mermaid would read markup in it (and strip it).
		return entry.name.replaceAll('"', '#quot;').replaceAll('<', '#lt;').replaceAll('>', '#gt;');
	});
}

const accLine = (name: string) => new RegExp(`^\\s*${name}\\s*:\\s*(.*)$`, 'm');

/**
 * Where a diagram's text is written: a file as messages show it, and for a ```mermaid fence in a
 * chapter, the line of the fence (the text starts on the next line).
 */
export interface DiagramPlace {
	file: string;
	fenceLine?: number;
}

/**
 * Prepares a diagram: placeholders filled, accessible name required, click directives checked,
 * cache key computed. The `accTitle:`/`accDescr:` lines are handled here rather than by Mermaid,
 * because several Mermaid diagram types (block diagrams among them) reject them; every diagram
 * then gets the same markup.
 */
export function prepareDiagram(catalog: Catalog, rawText: string, place: DiagramPlace): DiagramSource {
	const origin = place.fenceLine ? `${place.file}:${place.fenceLine}` : place.file;
	const [click] = clickProblems(rawText.split('\n'));
	if (click) throw new DiagramError(`${place.file}:${(place.fenceLine ?? 0) + click.index + 1}`, click.problem);
	const expanded = expandPlaceholders(catalog, rawText.trim(), origin);
	const title = accLine('accTitle').exec(expanded)?.[1]?.trim();
	if (!title) {
		throw new DiagramError(origin, 'the diagram has no accTitle. Add a line "accTitle: <what the diagram shows>" (and ideally "accDescr: ...") so that it has an accessible name.');
	}
	const description = accLine('accDescr').exec(expanded)?.[1]?.trim() ?? '';
	const text = expanded.replace(new RegExp(accLine('accTitle').source, 'gm'), '').replace(new RegExp(accLine('accDescr').source, 'gm'), '');
	const key = createHash('sha256').update(JSON.stringify({ text, title, description, mermaidVersion, renderSettings })).digest('hex').slice(0, 24);
	return { origin, text, title, description, key };
}

/** A diagram file by name (`fulfillment-flow` -> diagrams/fulfillment-flow.mmd). */
export function readDiagramFile(catalog: Catalog, dir: string, name: string, referencedFrom: string): DiagramSource {
	if (!/^[a-z0-9][a-z0-9/-]*$/.test(name)) throw new DiagramError(referencedFrom, `invalid diagram name "${name}": use the file name without ".mmd", e.g. "fulfillment-flow".`);
	const file = join(dir, `${name}.mmd`);
	const shown = `diagrams/${name}.mmd`;
	let text: string;
	try {
		text = readUtf8(file);
	} catch (cause) {
		if (cause instanceof EncodingError) throw new DiagramError(`${shown}:${cause.line}:${cause.column}`, cause.reason);
		throw new DiagramError(referencedFrom, `no diagram "${name}": expected the file ${shown}.`);
	}
	return prepareDiagram(catalog, text, { file: shown });
}

/** Names of every `.mmd` file under diagrams/, e.g. `fulfillment-flow`, `generated/operations-matrix`. */
export function listDiagramFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.mmd'))
		.map((f) => f.replace(/\\/g, '/').replace(/\.mmd$/, ''))
		.sort();
}

/** Mermaid fences in an MDX text, with the line each starts on. */
export function findMermaidFences(mdx: string): { text: string; line: number }[] {
	const fences: { text: string; line: number }[] = [];
	for (const m of mdx.matchAll(/^(```+|~~~+)mermaid[^\n]*\n([\s\S]*?)^\1\s*$/gm)) {
		fences.push({ text: m[2]!, line: mdx.slice(0, m.index).split('\n').length });
	}
	return fences;
}
