import { locales } from './locales.ts';
import { translator } from './strings.ts';

/**
 * Labels that Starlight takes in its configuration (site title, sidebar groups), read from the
 * content/i18n files so that no reader-facing text lives in code. Returns the root text and the
 * per-language `translations` Starlight expects.
 */
export function label(key: string): { label: string; translations: Record<string, string> } {
	const translations: Record<string, string> = {};
	for (const { lang } of Object.values(locales)) translations[lang] = translator(lang)(key);
	return { label: translator()(key), translations };
}

/** The site title in every language, as Starlight's `title` option takes it. */
export function titles(key: string): Record<string, string> {
	return label(key).translations;
}
