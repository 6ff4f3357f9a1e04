import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { displayPath } from './paths.ts';
import { readYamlFile } from './yaml-source.ts';

const conceptsSchema = z.strictObject({
	concepts: z.array(
		z.strictObject({
			/** The index heading, as a reader would look it up. */
			term: z.string().min(2),
			/** The sections that explain it: `<chapter path>#<heading anchor>`. */
			at: z
				.array(z.string().regex(/^[a-z0-9/-]+#[a-z0-9-]+$/, 'a place is "<chapter path>#<heading anchor>", e.g. operations/fulfillment#what-done-means'))
				.min(1),
		})
	),
});

const translationSchema = z.strictObject({ terms: z.record(z.string(), z.string().min(2)) });

export type Concept = z.infer<typeof conceptsSchema>['concepts'][number] & {
	/** The term in each other edition's language (concepts.<lang>.yaml), by language. */
	translations: Record<string, string>;
};

/** The key concepts sit beside the catalog: `concepts.yaml` in the catalog's folder. */
export const conceptsFileOf = (catalogFile: string) => join(dirname(catalogFile), 'concepts.yaml');

/**
 * The key concepts of the print edition's index, validated: a place must name a chapter of the
 * book (its heading anchor is checked when the index links to it). Errors name the file and line.
 * A catalog folder without the file has none.
 */
export function loadConcepts(
	file: string,
	chapterSlugs: ReadonlySet<string>,
	otherLangs: readonly string[] = []
): Concept[] {
	if (!existsSync(file)) return [];
	const shown = displayPath(file);
	const source = readYamlFile(file, 'list of key concepts');
	const parsed = conceptsSchema.safeParse(source.data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const line = source.lineOf(issue.path.filter((p) => typeof p !== 'symbol')) ?? 1;
		throw new Error(
			`Invalid list of key concepts ${shown}:${line}: ${issue.path.join('.')}: ${issue.message}. Each concept needs a term and at least one place (at).`
		);
	}
	const seen = new Set<string>();
	parsed.data.concepts.forEach((c, i) => {
		const line = source.lineOf(['concepts', i]) ?? 1;
		if (seen.has(c.term.toLowerCase()))
			throw new Error(`Invalid list of key concepts ${shown}:${line}: "${c.term}" is listed twice. Keep one entry and list all its places under it.`);
		seen.add(c.term.toLowerCase());
		for (const place of c.at) {
			const slug = place.split('#')[0]!;
			if (!chapterSlugs.has(slug))
				throw new Error(
					`Invalid list of key concepts ${shown}:${line}: "${c.term}" points to ${place}, but there is no chapter "${slug}". Use a chapter's path under content/docs without the extension, e.g. operations/fulfillment.`
				);
		}
	});
	const translations = otherLangs.map((lang) => [lang, loadTranslation(file, lang, parsed.data.concepts)] as const);
	return parsed.data.concepts.map((c) => ({
		...c,
		translations: Object.fromEntries(translations.map(([lang, terms]) => [lang, terms.get(c.term)!])),
	}));
}

/**
 * An edition's index terms, `concepts.<lang>.yaml` beside the list: every English term translated,
 * none that the list does not have.
 */
function loadTranslation(file: string, lang: string, concepts: { term: string }[]): Map<string, string> {
	const translated = file.replace(/\.yaml$/, `.${lang}.yaml`);
	const shown = displayPath(translated);
	if (!existsSync(translated))
		throw new Error(
			`${shown} is missing: the ${lang} edition's index needs its key concepts. Create it with "terms:" and one line "<English term>: <${lang} term>" per concept of ${displayPath(file)}.`
		);
	const source = readYamlFile(translated, 'translation of the key concepts');
	const parsed = translationSchema.safeParse(source.data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const line = source.lineOf(issue.path.filter((p) => typeof p !== 'symbol')) ?? 1;
		throw new Error(`Invalid translation of the key concepts ${shown}:${line}: ${issue.path.join('.')}: ${issue.message}. It holds "terms:", one "<English term>: <translation>" per concept.`);
	}
	const terms = new Map(Object.entries(parsed.data.terms));
	const known = new Set(concepts.map((c) => c.term));
	for (const term of terms.keys())
		if (!known.has(term))
			throw new Error(
				`Invalid translation of the key concepts ${shown}:${source.lineOf(['terms', term]) ?? 1}: "${term}" is not a concept of ${displayPath(file)}. Remove it, or correct it to the English term it translates.`
			);
	const missing = concepts.filter((c) => !terms.has(c.term)).map((c) => c.term);
	if (missing.length > 0)
		throw new Error(
			`Invalid translation of the key concepts ${shown}: no ${lang} term for ${missing.map((m) => `"${m}"`).join(', ')}. Add a line "<English term>: <${lang} term>" for each.`
		);
	return terms;
}
