/**
 * The handbook's editions. English is the root locale (no URL prefix); a new edition adds an entry
 * here, its chapters under content/docs/<key>/ and its UI strings in content/i18n/<lang>.json.
 */
export const locales = {
	root: { label: 'English', lang: 'en' },
} as const satisfies Record<string, { label: string; lang: string }>;

export const defaultLang = locales.root.lang;

/** The language of a chapter, from its path inside the docs folder (`es/operations/crm.mdx` -> es). */
export function langOfDocPath(relPath: string): string {
	const first = relPath.split(/[\\/]/)[0] ?? '';
	const entry = (locales as Record<string, { lang: string }>)[first];
	return first !== 'root' && entry ? entry.lang : defaultLang;
}

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
