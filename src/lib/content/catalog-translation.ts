import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { CatalogData } from './catalog.ts';
import { everydayTerm } from './catalog-schema.ts';
import { displayPath } from './paths.ts';
import { readYamlFile } from './yaml-source.ts';

/** One record's text in another edition: the canonical English name stays; these sit beside it. */
const localRecord = z
	.object({
		/** The name as a reader of the edition would say it, shown beside the official English name. */
		local: z.string().min(1).optional(),
		summary: z.string().min(20, 'write a one-line summary of at least 20 characters').optional(),
		/**
		 * Everyday terms in the edition's language, indexed by its search like the English ones; written
		 * as in the catalog (a string, or `{ term, shared: true }`).
		 */
		terms: z
			.array(everydayTerm)
			.transform((terms) => terms.map((t) => t.term))
			.optional(),
	})
	.strict();

const translationFile = z
	.object({
		processes: z.record(z.string(), localRecord).default({}),
		verticals: z.record(z.string(), localRecord.omit({ terms: true })).default({}),
	})
	.strict();

export type LocalRecord = z.infer<typeof localRecord>;

/** An edition's renderings of the catalog's records, by process id or vertical key. */
export type CatalogTranslation = Map<string, LocalRecord>;

/** Where an edition's catalog text lives: `processes.es.yaml` beside `processes.yaml`. */
export const catalogTranslationFile = (catalogFile: string, lang: string) =>
	catalogFile.replace(/\.yaml$/, `.${lang}.yaml`);

/**
 * Reads an edition's catalog text and checks it against the catalog: every id is a record of the
 * catalog, and every record with an English summary has one here, so that no fact box or list of an
 * edition falls back to English. Errors name the file, the line and the fix.
 */
export function loadCatalogTranslation(
	catalog: CatalogData,
	lang: string
): CatalogTranslation {
	const file = catalogTranslationFile(catalog.file, lang);
	const shown = displayPath(file);
	if (!existsSync(file))
		throw new Error(
			`${shown}: missing. The ${lang} edition needs the catalog's summaries in its language: create the file with a "processes:" map from each id in ${displayPath(catalog.file)} to its summary (README: "Adding a language").`
		);
	const source = readYamlFile(file, `catalog translation`);
	const parsed = translationFile.safeParse(source.data ?? {});
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const path = issue.path.filter((p) => typeof p !== 'symbol');
		throw new Error(
			`Invalid catalog translation ${shown}:${source.lineOf(path) ?? 1}: ${path.join('.')}: ${issue.message}`
		);
	}
	const ids = new Set(catalog.processes.map((p) => p.id));
	const keys = new Set(catalog.verticals.map((v) => v.key));
	const translation: CatalogTranslation = new Map();
	for (const [id, record] of Object.entries(parsed.data.processes)) {
		if (!ids.has(id))
			throw new Error(
				`Invalid catalog translation ${shown}:${source.lineOf(['processes', id]) ?? 1}: "${id}" is not a process of ${displayPath(catalog.file)}. Fix the id or delete the entry.`
			);
		translation.set(id, record);
	}
	for (const [key, record] of Object.entries(parsed.data.verticals)) {
		if (!keys.has(key))
			throw new Error(
				`Invalid catalog translation ${shown}:${source.lineOf(['verticals', key]) ?? 1}: "${key}" is not a vertical of ${displayPath(catalog.file)}. Fix the key or delete the entry.`
			);
		translation.set(key, record);
	}
	const missing = [
		...catalog.processes.map((p) => p.id),
		...catalog.verticals.map((v) => v.key),
	].filter((id) => !translation.get(id)?.summary);
	if (missing.length > 0)
		throw new Error(
			`${shown}: ${missing.length} record${missing.length === 1 ? ' has' : 's have'} no ${lang} summary (${missing
				.slice(0, 5)
				.join(', ')}${missing.length > 5 ? ', ...' : ''}). Add "summary:" under each id in "processes:" (each key in "verticals:").`
		);
	return translation;
}
