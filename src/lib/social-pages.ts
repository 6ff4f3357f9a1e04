import { statSync } from 'node:fs';
import { join } from 'node:path';
import { chapters, type Chapter } from './book.ts';
import { loadCatalog } from './catalog.ts';
import { readChapterFile } from './frontmatter.ts';
import { catalogFile, docsDir } from './paths.ts';
import { findSections, listDocs, slugOf } from './sections.ts';
import type { SocialCell, SocialPage } from './social-image.ts';
import { translator } from './strings.ts';

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

/** Title and description from a chapter's frontmatter. */
function frontmatter(file: string): { title?: string; description?: string } {
	const { data } = readChapterFile(file);
	return {
		title: typeof data.title === 'string' ? data.title : undefined,
		description: typeof data.description === 'string' ? data.description : undefined,
	};
}

/**
 * The card of every page: each chapter of the book (`chapters()`) and the landing page. A chapter's
 * `<Process>` tags say what it is about: the one Level-0 or Level-1 process it explains gives the
 * id on the card, and the area of its Level-0/1 processes and verticals picks the matrix drawn
 * (areas without verticals have none). A chapter with exactly one Level-1 process and no vertical
 * is a horizontal grouping and highlights its row; one with a vertical and no Level-0/1 process
 * highlights its column; others (overviews, whole areas) highlight nothing.
 */
export function socialPages(dir: string = docsDir()): SocialPageEntry[] {
	// The page head asks for every page it renders; read the chapters again only when one changed.
	const files = listDocs(dir);
	const fingerprint = [catalogFile(), ...files.map((f) => join(dir, f))].map((f) => `${f}@${statSync(f).mtimeMs}`).join('\n');
	if (memo?.fingerprint !== fingerprint) memo = { fingerprint, pages: readSocialPages(dir, files) };
	return memo.pages;
}

let memo: { fingerprint: string; pages: SocialPageEntry[] } | undefined;

function readSocialPages(dir: string, docs: string[]): SocialPageEntry[] {
	const t = translator();
	const catalog = loadCatalog();
	const ids = new Map<string, string[]>();
	for (const s of findSections(dir)) ids.set(s.slug, [...(ids.get(s.slug) ?? []), s.id]);

	const entry = (slug: string, file: string, kickerOf: (cell: SocialCell | undefined) => string, fallbackTitle: string): SocialPageEntry => {
		const { title = fallbackTitle, description } = frontmatter(join(dir, file));
		const here = ids.get(slug) ?? [];
		const processes = here.flatMap((id) => catalog.byId(id) ?? []).filter((p) => p.level <= 1);
		const verticals = here.flatMap((id) => catalog.vertical(id) ?? []);
		const areas = new Set([...processes.map((p) => p.area), ...verticals.map((v) => v.area)]);
		const [only] = areas;
		const area = areas.size === 1 && catalog.verticals.some((v) => v.area === only) ? only : undefined;
		const top = Math.min(...processes.map((p) => p.level));
		const shallowest = processes.filter((p) => p.level === top);
		const processId = shallowest.length === 1 ? shallowest[0]!.id : undefined;
		let cell: SocialCell | undefined;
		if (area && processes.length === 1 && processes[0]!.level === 1 && verticals.length === 0) cell = { horizontal: processes[0]!.id };
		if (area && verticals.length === 1 && processes.length === 0) cell = { verticals: [verticals[0]!.key] };
		const kicker = top === 0 ? t('etom.social.kicker.area') : kickerOf(cell);
		const card: SocialPage = { title, kicker, ...(description ? { description } : {}), ...(processId ? { processId } : {}), ...(area ? { area } : {}), ...(cell ? { cell } : {}) };
		const areaName = area ? catalog.get(area).name : '';
		const alt = t(cell ? 'etom.social.alt.highlight' : area ? 'etom.social.alt.matrix' : 'etom.social.alt', { kicker, title, area: areaName });
		return { slug, image: socialImagePath(slug), card, alt };
	};

	const pages: SocialPageEntry[] = [];
	const landing = docs.find((f) => slugOf(f) === '');
	if (landing) pages.push(entry('', landing, () => t('etom.social.kicker.landing'), t('etom.site.title')));
	const files = new Map(docs.map((f) => [slugOf(f), f]));
	for (const c of chapters(dir)) {
		const file = files.get(c.slug);
		if (!file) continue;
		pages.push(entry(c.slug, file, (cell) => kickerFor(c, cell, t), c.title));
	}
	return pages;
}

function kickerFor(c: Chapter, cell: SocialCell | undefined, t: ReturnType<typeof translator>): string {
	const part = t(`etom.part.${c.part}`);
	if (cell?.horizontal) return t('etom.social.kicker.horizontal', { part });
	if (cell?.verticals) return t('etom.social.kicker.vertical', { part });
	return part;
}
