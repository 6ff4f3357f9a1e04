import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import type { Handbook } from '../content/model.ts';
import { chapterDecks, courseDayDecks } from '../slides/decks.ts';
import { showSlides, type SlidePage } from '../slides/show.ts';
import { pdfOfPages, type PdfMeta } from './handouts.ts';
import type { PlannedPdf } from './plan.ts';

export interface SlidesOptions {
	/**
	 * A loaded print book, either edition (they share every chapter and figure) and done with: the
	 * slides replace its content.
	 */
	page: Page;
	handbook: Handbook;
	plan: PlannedPdf[];
	meta: (title: string) => PdfMeta;
	write: (planned: PlannedPdf, printed: Buffer) => void;
	/** The edition whose decks these are. */
	lang: string;
	log?: (message: string) => void;
}

/**
 * Writes every slide deck and its speaker notes (src/lib/slides/): all of them built on one copy of
 * the print book and printed at once, then cut into files by the pages each deck took. A course
 * day's deck is its title and agenda followed by its chapters' decks, copied from the same print.
 */
export async function printSlides(options: SlidesOptions): Promise<void> {
	const started = performance.now();
	const { page, handbook, plan, meta, write, lang, log = () => {} } = options;
	const t = handbook.t(lang);
	const chapters = chapterDecks(handbook, lang);
	const days = courseDayDecks(handbook, lang);
	if (chapters.length + days.length === 0) return;
	const pages = await showSlides(
		page,
		[...chapters, ...days].map((d) => d.content),
		{ continued: t('etom.slides.continued'), matrixRow: t('etom.slides.matrixRow') }
	);
	const printed = await PDFDocument.load(
		await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true })
	);
	if (printed.getPageCount() !== pages.length)
		throw new Error(
			`The slides printed on ${printed.getPageCount()} pages, but ${pages.length} slides were laid out: a slide overflowed its page (see src/lib/slides/show.ts).`
		);
	const byPath = new Map(chapters.map((c) => [c.slug, c.path]));
	const planned = (path: string) => {
		const entry = plan.find((p) => p.path === path);
		if (!entry) throw new Error(`The PDF plan has no entry for ${path} (src/lib/pdf/plan.ts).`);
		return entry;
	};
	const save = async (path: string, role: SlidePage['role'], decks: string[]) => {
		const entry = planned(path);
		const indices = decks.flatMap((deck) => indicesOf(pages, deck, role));
		const title = `${t('etom.site.title')}: ${entry.label}`;
		write(entry, Buffer.from(await pdfOfPages([{ from: printed, indices }], meta(title))));
	};
	for (const deck of chapters) {
		await save(deck.path, 'slides', [deck.path]);
		await save(deck.notesPath, 'notes', [deck.path]);
	}
	for (const day of days) {
		const decks = day.chapters.map((slug) => byPath.get(slug)!);
		await save(day.path, 'slides', [day.path, ...decks]);
		await save(day.notesPath, 'notes', decks);
	}
	const slides = pages.filter((p) => p.role === 'slides').length;
	log(
		`slides: ${chapters.length + days.length} decks, ${slides} slides and ${pages.length - slides} pages of notes in ${((performance.now() - started) / 1000).toFixed(1)} s`
	);
}

const indicesOf = (pages: SlidePage[], deck: string, role: SlidePage['role']) =>
	pages.flatMap((p, i) => (p.deck === deck && p.role === role ? [i] : []));
