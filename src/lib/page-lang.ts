import { defaultLang } from './locales.ts';

/**
 * The language of the page being rendered. Starlight pages know it; other pages (the print book)
 * have no Starlight route, and Starlight throws when one is asked for, so they get the root language.
 */
export function pageLang(locals: App.Locals): string {
	try {
		return locals.starlightRoute.lang;
	} catch {
		return defaultLang;
	}
}
