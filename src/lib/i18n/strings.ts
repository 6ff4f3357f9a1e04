import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLang, locales } from './locales.ts';

/** One edition's UI strings, `content/i18n/<lang>.json`: key to text with `{{name}}` placeholders. */
export type Strings = Record<string, string>;

/** Every edition's strings, by language; read once into the content model. */
export type StringTables = Record<string, Strings>;

/** Reads the strings of every configured edition from `dir`. */
export function readStrings(dir: string): StringTables {
	const tables: StringTables = {};
	for (const { lang } of Object.values(locales)) {
		const file = join(dir, `${lang}.json`);
		tables[lang] = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Strings) : {};
	}
	return tables;
}

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/**
 * UI strings for code that has no `Astro.locals.t` (remark plugins, the post-build steps, pages
 * outside Starlight): the edition's text, falling back per key to the root language, with
 * `{{name}}` placeholders filled like i18next does.
 */
export function translator(tables: StringTables, lang: string = defaultLang): Translate {
	const table = { ...tables[defaultLang], ...(lang === defaultLang ? {} : tables[lang]) };
	return (key, vars = {}) => {
		const template = table[key];
		if (template === undefined)
			throw new Error(`Missing UI string "${key}" in content/i18n/${defaultLang}.json.`);
		// A placeholder without a value stays as it is, for callers that fill it later (CSS page counters).
		return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
			name in vars ? String(vars[name]) : match
		);
	};
}

/**
 * A label that Starlight takes in its configuration (site title, sidebar groups) in the form it
 * expects: the root text and the per-language `translations`. No reader-facing text lives in code.
 */
export function label(
	tables: StringTables,
	key: string
): { label: string; translations: Record<string, string> } {
	const translations: Record<string, string> = {};
	for (const { lang } of Object.values(locales)) translations[lang] = translator(tables, lang)(key);
	return { label: translator(tables)(key), translations };
}
