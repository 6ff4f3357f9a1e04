import type { APIRoute } from 'astro';
import { handbook } from '../../lib/content/handbook.ts';
import { searchVocabulary } from '../../lib/search/vocabulary.ts';

/** The words the English search dialog corrects misspelled queries to (src/lib/search/spelling.ts). */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(searchVocabulary(handbook)), {
		headers: { 'Content-Type': 'application/json' },
	});
