import { join } from 'node:path';
import { z } from 'zod';
import { defaultLang } from '../i18n/locales.ts';
import { displayPath } from './paths.ts';
import { readYamlFile } from './yaml-source.ts';

const glossarySchema = z.strictObject({
	ignore: z.array(z.string()).default([]),
	terms: z.array(
		z.strictObject({
			term: z.string().min(1),
			expansion: z.string().min(1),
			definition: z.string().min(10),
		})
	),
});

export type Glossary = z.infer<typeof glossarySchema>;
export type Term = Glossary['terms'][number];

/**
 * The glossary of one edition (`<dir>/<lang>.yaml`), validated; a duplicate term is an error.
 * Errors name the file and the line (and for a YAML syntax error, the column).
 */
export function loadGlossary(dir: string, lang: string = defaultLang): Glossary {
	const file = join(dir, `${lang}.yaml`);
	const shown = displayPath(file);
	const source = readYamlFile(file, 'glossary');
	const parsed = glossarySchema.safeParse(source.data);
	if (!parsed.success) {
		const path = (parsed.error.issues[0]?.path ?? []).filter((p) => typeof p !== 'symbol');
		const line = source.lineOf(path) ?? 1;
		throw new Error(`Invalid glossary ${shown}:${line}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	}
	const seen = new Set<string>();
	parsed.data.terms.forEach(({ term }, i) => {
		if (seen.has(term)) throw new Error(`Invalid glossary ${shown}:${source.lineOf(['terms', i]) ?? 1}: "${term}" is defined twice. Keep one entry and delete the other.`);
		seen.add(term);
	});
	return parsed.data;
}

/** Anchor of a term on the glossary page. */
export const termAnchor = (term: string) => `term-${term.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex that finds glossary terms in text, longest first, as whole tokens (a plural "s" allowed). */
export function termPattern(glossary: Glossary): RegExp {
	const alternatives = glossary.terms
		.map((t) => t.term)
		.sort((a, b) => b.length - a.length)
		.map(escape);
	return new RegExp(`(?<![A-Za-z0-9&])(${alternatives.join('|')})(?=s?(?![A-Za-z0-9&]))`, 'g');
}

/**
 * Tokens of a text that look like acronyms: at least two capitals and no more lower-case letters
 * than capitals (SLA, QoS, eTOM, SM&O, GB921). Slash compounds are split unless the whole
 * compound is a term (S/PRM is one term, QoS/SLA is two).
 */
export function findAcronyms(text: string, glossary: Glossary): Set<string> {
	const terms = new Set(glossary.terms.map((t) => t.term));
	const ignore = new Set(glossary.ignore);
	const found = new Set<string>();
	for (const [token] of text.matchAll(/[A-Za-z0-9&/]+/g)) {
		const trimmed = token.replace(/^[/&]+|[/&]+$/g, '');
		const parts = terms.has(trimmed) ? [trimmed] : trimmed.split('/');
		for (const token of parts) {
			// A plural of a term (KPIs) is that term.
			const part = token.endsWith('s') && terms.has(token.slice(0, -1)) ? token.slice(0, -1) : token;
			const upper = part.replace(/[^A-Z]/g, '').length;
			const lower = part.replace(/[^a-z]/g, '').length;
			if (upper >= 2 && lower <= upper && !ignore.has(part)) found.add(part);
		}
	}
	return found;
}
