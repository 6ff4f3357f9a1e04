import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteRoot } from '../base-path.ts';

/**
 * The languages the handbook knows. English is the root locale (no URL prefix); the others are
 * editions once their folder exists: chapters under content/docs/<key>/, UI strings in
 * content/i18n/<lang>.json, the glossary in content/glossary/<lang>.yaml (README: "Adding a language").
 */
export const locales = {
	root: { label: 'English', lang: 'en' },
	es: { label: 'Español', lang: 'es' },
	id: { label: 'Bahasa Indonesia', lang: 'id' },
	pl: { label: 'Polski', lang: 'pl' },
} as const satisfies Record<string, { label: string; lang: string }>;

export type LocaleKey = keyof typeof locales;

export const defaultLang = locales.root.lang;

const keys = Object.keys(locales) as LocaleKey[];

/**
 * The editions of a handbook: English, then each known language whose chapters' folder exists.
 * Starlight is configured with these only, so a handbook (or a test fixture) without translations
 * builds no fallback pages.
 */
export function editionsIn(docsDir: string): LocaleKey[] {
	return keys.filter((key) => key === 'root' || existsSync(join(docsDir, key)));
}

/** The language of a locale key, and back. */
export const langOfKey = (key: LocaleKey): string => locales[key].lang;
export const keyOfLang = (lang: string): LocaleKey =>
	keys.find((key) => locales[key].lang === lang) ?? 'root';

/** The URL prefix of an edition: '' for English, `es/` for Spanish. */
export const localePrefix = (lang: string): string => {
	const key = keyOfLang(lang);
	return key === 'root' ? '' : `${key}/`;
};

/** Where an edition's pages start: the site's base path and the edition's prefix (`/etom-handbook/es/`). */
export const editionRoot = (base: string, lang: string): string =>
	`${siteRoot(base)}${localePrefix(lang)}`;

/** The language of a chapter, from its path inside the docs folder (`es/operations/crm.mdx` -> es). */
export function langOfDocPath(relPath: string): string {
	const first = relPath.split(/[\\/]/)[0] ?? '';
	return first !== 'root' && first in locales ? locales[first as LocaleKey].lang : defaultLang;
}

/** A translated chapter's path without its language folder: the English chapter it translates. */
export function sourceDocPath(relPath: string): string {
	const lang = langOfDocPath(relPath);
	return lang === defaultLang ? relPath : relPath.slice(relPath.indexOf('/') + 1);
}

/**
 * The language of the page being rendered. Starlight pages know it; the print book, which has no
 * Starlight route (Starlight throws when one is asked for), sets `printLang`; others get the root
 * language.
 */
export function pageLang(locals: App.Locals): string {
	if (locals.printLang) return locals.printLang;
	try {
		return locals.starlightRoute.lang;
	} catch {
		return defaultLang;
	}
}
