import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLang } from './locales.ts';
import { i18nDir } from './paths.ts';

type Strings = Record<string, string>;
const cache = new Map<string, Strings>();

function readStrings(lang: string): Strings {
	const file = join(i18nDir(), `${lang}.json`);
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Strings) : {};
}

/**
 * UI strings for build-time code that has no `Astro.locals.t` (remark plugins, scripts). Reads the
 * same content/i18n/<lang>.json files as Starlight, falling back to the root language per key, and
 * fills `{{name}}` placeholders like i18next does.
 */
export function translator(lang: string = defaultLang) {
	let strings = cache.get(lang);
	if (!strings) {
		strings = { ...readStrings(defaultLang), ...(lang === defaultLang ? {} : readStrings(lang)) };
		cache.set(lang, strings);
	}
	const table = strings;
	return (key: string, vars: Record<string, string | number> = {}): string => {
		const template = table[key];
		if (template === undefined) throw new Error(`Missing UI string "${key}" in content/i18n/${defaultLang}.json.`);
		// A placeholder without a value stays as it is, for callers that fill it later (CSS page counters).
		return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
	};
}
