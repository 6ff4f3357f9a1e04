import type { Chapter } from '../content/book.ts';
import type { Handbook } from '../content/model.ts';
import { defaultLang, localePrefix } from '../i18n/locales.ts';
import type { Translate } from '../i18n/strings.ts';

/** The matrix cell(s) a card highlights: a whole row, a whole column, or their crossing. */
export interface SocialCell {
	/** Level-1 id of a horizontal grouping (a row of the matrix). */
	horizontal?: string;
	/** Keys of vertical groupings (columns of the matrix). */
	verticals?: string[];
}

/** What a social card shows for one page. */
export interface SocialPage {
	title: string;
	description?: string;
	/** The part of the book or the grouping the page belongs to, shown above the title. */
	kicker: string;
	/** Catalog id shown next to the kicker (e.g. 1.1.1). */
	processId?: string;
	/** Level-0 area whose matrix the card draws (1.1 Operations, 1.2 SIP); none when unset. */
	area?: string;
	/** Cell(s) of that matrix to highlight. */
	cell?: SocialCell;
	/** The edition's language, for the card's own words; English when unset. */
	lang?: string;
}

/** A satori element: a plain `{ type, props }` object, like the ones React.createElement makes. */
export interface CardNode {
	type: string;
	props: {
		style?: Record<string, string | number>;
		children?: CardChild | CardChild[];
		[attr: string]: unknown;
	};
}
export type CardChild = CardNode | string;

/** One page's social image: where it goes in the output, what it shows, and its alt text. */
export interface SocialPageEntry {
	/** Starlight slug of the page ('' for the landing page). */
	slug: string;
	/** Path of the PNG inside the output folder, e.g. `og/operations/crm.png`. */
	image: string;
	card: SocialPage;
	alt: string;
}

/** Size of every social image: the 1.91:1 card that Open Graph and X/Twitter expect. */
export const socialImageSize = { width: 1200, height: 630 } as const;

/** Where the image of a page goes: `og/<slug>.png`, `og/index.png` for the landing page. */
export const socialImagePath = (slug: string): string => `og/${slug || 'index'}.png`;

/**
 * The card of every page: each chapter of the book and the landing page. A chapter's `<Process>`
 * sections say what it is about: the one Level-0 or Level-1 process it explains gives the id on the
 * card, and the area of its Level-0/1 processes and verticals picks the matrix drawn (areas without
 * verticals have none). A chapter with exactly one Level-1 process and no vertical is a horizontal
 * grouping and highlights its row; one with a vertical and no Level-0/1 process highlights its
 * column; others (overviews, whole areas) highlight nothing.
 */
export function socialPages(handbook: Handbook): SocialPageEntry[] {
	return [...bySlug(handbook).values()];
}

/** The social image of one page, or undefined for a page without a card of its own. */
export function socialPageOf(handbook: Handbook, slug: string): SocialPageEntry | undefined {
	return bySlug(handbook).get(slug);
}

/** The cards of a model, listed once: every page's <head> looks its own up (Head.astro). */
const listed = new WeakMap<Handbook, Map<string, SocialPageEntry>>();
function bySlug(handbook: Handbook): Map<string, SocialPageEntry> {
	let pages = listed.get(handbook);
	if (!pages)
		listed.set(handbook, (pages = new Map(listSocialPages(handbook).map((p) => [p.slug, p]))));
	return pages;
}

function listSocialPages(handbook: Handbook): SocialPageEntry[] {
	const { catalog } = handbook;

	const entry = (
		lang: string,
		slug: string,
		kickerOf: (cell: SocialCell | undefined) => string,
		fallbackTitle: string
	): SocialPageEntry | undefined => {
		const t = handbook.t(lang);
		const source = handbook.source(slug);
		if (!source) return undefined;
		const title = typeof source.data.title === 'string' ? source.data.title : fallbackTitle;
		const description =
			typeof source.data.description === 'string' ? source.data.description : undefined;
		const here = source.sections.map((s) => s.id);
		const processes = here.flatMap((id) => catalog.byId(id) ?? []).filter((p) => p.level <= 1);
		const verticals = here.flatMap((id) => catalog.vertical(id) ?? []);
		const areas = new Set([...processes.map((p) => p.area), ...verticals.map((v) => v.area)]);
		const [only] = areas;
		const area =
			areas.size === 1 && catalog.verticals.some((v) => v.area === only) ? only : undefined;
		const top = Math.min(...processes.map((p) => p.level));
		const shallowest = processes.filter((p) => p.level === top);
		const processId = shallowest.length === 1 ? shallowest[0]!.id : undefined;
		let cell: SocialCell | undefined;
		if (area && processes.length === 1 && processes[0]!.level === 1 && verticals.length === 0)
			cell = { horizontal: processes[0]!.id };
		if (area && verticals.length === 1 && processes.length === 0)
			cell = { verticals: [verticals[0]!.key] };
		const kicker = top === 0 ? t('etom.social.kicker.area') : kickerOf(cell);
		const card: SocialPage = {
			title,
			kicker,
			...(lang !== defaultLang ? { lang } : {}),
			...(description ? { description } : {}),
			...(processId ? { processId } : {}),
			...(area ? { area } : {}),
			...(cell ? { cell } : {}),
		};
		const areaName = area ? catalog.get(area).name : '';
		const alt = t(
			cell ? 'etom.social.alt.highlight' : area ? 'etom.social.alt.matrix' : 'etom.social.alt',
			{ kicker, title, area: areaName }
		);
		return { slug, image: socialImagePath(slug), card, alt };
	};

	// Each edition's pages get cards in its language (a page not yet translated, in English).
	const inBook = new Set(handbook.chapters.map((c) => c.slug));
	const perEdition = handbook.data.editions.flatMap((lang) => {
		const t = handbook.t(lang);
		const prefix = localePrefix(lang);
		const landing = entry(
			lang,
			prefix.replace(/\/$/, ''),
			() => t('etom.social.kicker.landing'),
			t('etom.site.title')
		);
		const chapters = handbook.chapters.flatMap(
			(c) => entry(lang, `${prefix}${c.slug}`, (cell) => kickerFor(c, cell, t), c.title) ?? []
		);
		// Pages outside the book's parts, such as the trainer's page, are shared too: each gets its
		// own card rather than the landing page's. The 404 page gets none.
		const others = handbook.data.chapters
			.filter((s) => s.lang === lang)
			.map((s) => s.slug.slice(prefix.length))
			.filter((slug) => slug !== '' && slug !== '404' && !inBook.has(slug))
			.flatMap(
				(slug) => entry(lang, `${prefix}${slug}`, () => t('etom.social.kicker.landing'), slug) ?? []
			);
		return [...(landing ? [landing] : []), ...chapters, ...others, printEdition(t, lang)];
	});
	return perEdition;
}

/** The print book of an edition (/print/, /es/print/) is no chapter: its card names the book. */
export const printSocialSlug = (lang: string = defaultLang) => `${localePrefix(lang)}print`;
function printEdition(t: Translate, lang: string): SocialPageEntry {
	const card = {
		title: t('etom.print.socialTitle'),
		kicker: t('etom.site.title'),
		description: t('etom.print.socialDescription'),
		...(lang !== defaultLang ? { lang } : {}),
	};
	return {
		slug: printSocialSlug(lang),
		image: socialImagePath(printSocialSlug(lang)),
		card,
		alt: t('etom.social.alt', { kicker: card.kicker, title: card.title }),
	};
}

function kickerFor(c: Chapter, cell: SocialCell | undefined, t: Translate): string {
	const part = t(`etom.part.${c.part}`);
	if (cell?.horizontal) return t('etom.social.kicker.horizontal', { part });
	if (cell?.verticals) return t('etom.social.kicker.vertical', { part });
	return part;
}
