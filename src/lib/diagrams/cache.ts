import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic.ts';
import type { RenderedDiagram } from './renderer.ts';

/**
 * The committed render cache: one JSON file per content address (diagram text + Mermaid version +
 * render settings). A build without a browser renders from it; a test keeps it free of orphans.
 */
const cacheFile = (key: string, dir: string) => join(dir, `${key}.json`);

const svg = z.string().regex(/^<svg\b[\s\S]*<\/svg>$/, 'not a complete <svg> element');

/** What a cache entry must hold to be used; anything else is rendered again. */
const cachedDiagram = z.strictObject({
	key: z.string(),
	title: z.string().min(1),
	light: svg,
	dark: svg,
	steps: z.array(z.string()).nullable(),
}) satisfies z.ZodType<RenderedDiagram>;

export type CacheLookup =
	| { found: RenderedDiagram }
	| { missing: true }
	/** An entry that does not parse or validate (cut short, edited by hand, for another key). */
	| { damaged: string };

export function readCached(key: string, dir: string): CacheLookup {
	const file = cacheFile(key, dir);
	if (!existsSync(file)) return { missing: true };
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		return { damaged: `not JSON (${(error as Error).message})` };
	}
	const entry = cachedDiagram.safeParse(data);
	if (!entry.success) {
		return {
			damaged: entry.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
		};
	}
	if (entry.data.key !== key) return { damaged: `it holds the diagram "${entry.data.key}"` };
	return { found: entry.data };
}

/** Writes an entry through a temporary file, so a killed build never leaves half of one. */
export function writeCached(entry: RenderedDiagram, dir: string): void {
	writeFileAtomic(cacheFile(entry.key, dir), `${JSON.stringify(entry, null, '\t')}\n`);
}

export function cachedKeys(dir: string): string[] {
	return existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.json'))
				.map((f) => f.slice(0, -5))
		: [];
}

export function removeCached(key: string, dir: string): void {
	rmSync(cacheFile(key, dir), { force: true });
}
