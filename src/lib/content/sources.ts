import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { displayPath } from './paths.ts';
import { readYamlFile } from './yaml-source.ts';

const sourceKey = /\bS\d+\b/g;

const sourcesSchema = z.strictObject({
	sources: z.array(
		z.strictObject({
			/** The key the catalog's `source` fields cite, e.g. "S1". */
			key: z.string().regex(/^S\d+$/, 'a key is "S" and a number, e.g. S7'),
			/** What the source is, in the handbook's own words. */
			title: z.string().min(3),
			/** Who publishes or holds it. */
			publisher: z.string().min(2),
			/** Year or span of years, where known. */
			year: z.string().optional(),
		})
	),
});

export type Source = z.infer<typeof sourcesSchema>['sources'][number];

/** The list of sources sits beside the catalog: `sources.yaml` in the catalog's folder. */
export const sourcesFileOf = (catalogFile: string) => join(dirname(catalogFile), 'sources.yaml');

/**
 * The sources the catalog may cite, validated: errors name the file and the line. A catalog
 * folder without the file has none (a fixture's catalog cites no source).
 */
export function loadSources(file: string): Source[] {
	if (!existsSync(file)) return [];
	const shown = displayPath(file);
	const source = readYamlFile(file, 'list of sources');
	const parsed = sourcesSchema.safeParse(source.data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const line = source.lineOf(issue.path.filter((p) => typeof p !== 'symbol')) ?? 1;
		throw new Error(
			`Invalid list of sources ${shown}:${line}: ${issue.path.join('.')}: ${issue.message}. Each entry needs key, title and publisher (year is optional).`
		);
	}
	const seen = new Set<string>();
	parsed.data.sources.forEach((s, i) => {
		if (seen.has(s.key))
			throw new Error(
				`Invalid list of sources ${shown}:${source.lineOf(['sources', i]) ?? 1}: ${s.key} is listed twice. Keep one entry per key.`
			);
		seen.add(s.key);
	});
	return parsed.data.sources;
}

/**
 * The sources the catalog cites in its `source` fields, in key order (S1, S2, ..., S10). A key
 * with no entry in the list is an error naming the process and the fix.
 */
export function citedSources(
	sources: Source[],
	processes: readonly { id: string; source?: string | undefined }[],
	sourcesFile: string
): Source[] {
	const byKey = new Map(sources.map((s) => [s.key, s]));
	const cited = new Set<string>();
	for (const p of processes) {
		for (const [key] of p.source?.matchAll(sourceKey) ?? []) {
			if (!byKey.has(key))
				throw new Error(
					`The catalog cites source ${key} for process ${p.id}, but ${displayPath(sourcesFile)} does not list it. Add an entry with key ${key}, title and publisher.`
				);
			cited.add(key);
		}
	}
	return [...cited].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))).map((k) => byKey.get(k)!);
}
