import type { APIRoute } from 'astro';
import { handbook } from '../../../lib/content/handbook.ts';
import { defaultLang, localePrefix } from '../../../lib/i18n/locales.ts';
import { searchVocabulary } from '../../../lib/search/vocabulary.ts';

/** Each other edition's search vocabulary (/es/search/vocabulary.json), in its language. */
export function getStaticPaths() {
	return handbook.data.editions
		.filter((lang) => lang !== defaultLang)
		.map((lang) => ({
			params: { locale: localePrefix(lang).replace(/\/$/, '') },
			props: { lang },
		}));
}

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(searchVocabulary(handbook, (props as { lang: string }).lang)), {
		headers: { 'Content-Type': 'application/json' },
	});
