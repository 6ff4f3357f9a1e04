import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderedDiagram } from './renderer.ts';

/**
 * The committed render cache: one JSON file per content address (diagram text + Mermaid version +
 * render settings). A build without a browser renders from it; a test keeps it free of orphans.
 */
const cacheFile = (key: string, dir: string) => join(dir, `${key}.json`);

export function readCached(key: string, dir: string): RenderedDiagram | undefined {
	const file = cacheFile(key, dir);
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RenderedDiagram) : undefined;
}

export function writeCached(entry: RenderedDiagram, dir: string): void {
	mkdirSync(dir, { recursive: true });
	writeFileSync(cacheFile(entry.key, dir), `${JSON.stringify(entry, null, '\t')}\n`);
}

export function cachedKeys(dir: string): string[] {
	return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)) : [];
}

export function removeCached(key: string, dir: string): void {
	rmSync(cacheFile(key, dir), { force: true });
}
