import type { Page } from 'playwright-core';
import { addStyleSheet } from '../pdf/page-style.ts';
import type { DeckContent } from './decks.ts';

/** The smallest type on a slide, in CSS pixels: 20 pt, readable from the back of a room. */
export const minSlideTextPx = (20 * 96) / 72;

/** One printed page of the slide print: the deck it belongs to, and whether a slide or notes. */
export interface SlidePage {
	deck: string;
	role: 'slides' | 'notes';
}

/**
 * 16:9 pages (13.333 in by 7.5 in, as presentation software sets up a widescreen slide), every
 * slide text at 21 pt or more, the notes at 16 pt. Every section is exactly one page: what does not
 * fit is moved to a continuation slide before printing, never cut off.
 */
const slideCss = `@page slide { size: 960pt 540pt; margin: 0; @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
.slide { page: slide; contain: strict; box-sizing: border-box; width: 1280px; height: 720px; padding: 44px 64px 40px; overflow: hidden; display: flex; flex-direction: column; break-inside: avoid; background: #fff; color: #111; }
.slide + .slide { break-before: page; }
/* A drawing keeps its own type, scaled with it (measured below). */
.slide, .slide :not(svg, svg *) { font-size: 28px !important; line-height: 1.3; }
/* The book's soft hyphens suit its narrow column; a slide line is wide and read from afar, so
   words stay whole. */
.slide, .slide * { hyphens: none !important; }
.slide :is(h1, h2, h3) { break-before: auto !important; break-after: auto !important; margin: 0; }
.slide .slide__title { flex: none; font-size: 44px !important; line-height: 1.15; font-weight: 700; margin: 0 0 24px !important; }
.slide__body { flex: 1; min-height: 0; overflow: hidden; }
.slide__body :is(ul, ol) { margin: 0; padding-left: 1.8em; }
.slide__body li { margin: 0 0 12px; }
.slide--title { justify-content: center; }
.slide--title .slide__kicker { text-transform: uppercase; letter-spacing: 0.06em; color: #444; margin: 0 0 16px; }
.slide--title .slide__title { font-size: 60px !important; }
.slide__drawing { height: 100%; display: flex; justify-content: center; }
.slide__drawing svg { width: 100% !important; height: 100% !important; max-width: none !important; }
.slide__body table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0; }
.slide__body caption { display: none; }
.slide__body :is(th, td) { border: 1px solid #999; padding: 4px 8px; vertical-align: top; text-align: left; }
.slide__body td ul { list-style: none; padding: 0; }
.slide__body td li { margin: 0 0 4px; }
.slide--notes, .slide--notes :not(svg, svg *) { font-size: 21.33px !important; }
.slide--notes .slide__title { font-size: 32px !important; }
.slide--notes h3 { font-weight: 700; margin: 10px 0 2px !important; }
.slide--notes p { margin: 0 0 6px; }`;

/**
 * Turns a loaded print book (/print/) into every deck's slides and speaker notes, in the order
 * given: a title slide, then the list slides and each chapter's diagrams, taken from the chapter's
 * figures in the book, then the notes. A diagram becomes slides by its kind, so that no label
 * prints under 20 pt: a matrix as its table, a slide per horizontal (a row per unit); a flow as
 * its drawing when that stays readable on a slide, and as its list of steps; any other drawing as
 * itself. A slide whose content does not fit continues on the next (lists by item, tables by
 * horizontal). Returns what each printed page holds; throws on a diagram that cannot be shown
 * large enough or a single item that does not fit a slide.
 */
export async function showSlides(
	page: Page,
	decks: DeckContent[],
	strings: { continued: string; matrixRow: string }
): Promise<SlidePage[]> {
	const built = await page.evaluate(
		({ decks, matrixRow }) => {
			const problems: string[] = [];
			const el = (tag: string, className: string, text?: string) => {
				const node = document.createElement(tag);
				if (className) node.className = className;
				if (text !== undefined) node.textContent = text;
				return node;
			};
			let chain = 0;
			const slide = (deck: string, role: 'slides' | 'notes', title: string, body?: HTMLElement) => {
				const section = el('section', role === 'notes' ? 'slide slide--notes' : 'slide');
				section.dataset.deck = deck;
				section.dataset.role = role;
				section.dataset.chain = String(chain++);
				const heading = el('h2', 'slide__title', title);
				heading.dataset.title = title;
				section.append(heading);
				if (body) section.append(body);
				return section;
			};
			const listBody = (items: string[], ordered: boolean) => {
				const body = el('div', 'slide__body');
				const list = el(ordered ? 'ol' : 'ul', 'slide__list');
				list.dataset.units = '';
				for (const item of items) {
					const li = el('li', '', item);
					li.dataset.unit = '';
					list.append(li);
				}
				body.append(list);
				return body;
			};

			const diagramSlides = (deck: string, slug: string): HTMLElement[] => {
				const chapter = document.querySelector(`article.chapter[data-slug="${slug}"]`);
				if (!chapter) {
					problems.push(`the print book has no chapter "${slug}" to take its diagrams from`);
					return [];
				}
				return [...chapter.querySelectorAll<HTMLElement>('figure.diagram')].flatMap((figure) => {
					const title = figure.querySelector('figcaption')?.textContent?.trim() ?? '';
					const table = figure.querySelector('table');
					if (table) {
						// A matrix: a slide per horizontal, named in the title, its row and the rows of its
						// spanning processes under the verticals; each row is a unit.
						const head = table.querySelector('thead tr');
						const slides: HTMLElement[] = [];
						let rows: HTMLElement | undefined;
						for (const row of table.querySelectorAll(':scope > tbody > tr')) {
							const header = row.querySelector(':scope > th[scope="row"]');
							if (header || !rows) {
								const copy = el('table', '');
								const thead = el('thead', '');
								if (head) {
									const columns = head.cloneNode(true) as HTMLElement;
									columns.firstElementChild?.remove();
									thead.append(columns);
								}
								rows = el('tbody', '');
								rows.dataset.units = '';
								copy.append(thead, rows);
								const body = el('div', 'slide__body');
								body.append(copy);
								const name = header?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
								slides.push(
									slide(
										deck,
										'slides',
										matrixRow.replace('{{matrix}}', title).replace('{{row}}', name),
										body
									)
								);
							}
							const copy = row.cloneNode(true) as HTMLElement;
							copy.querySelector(':scope > th[scope="row"]')?.remove();
							copy.dataset.unit = '';
							rows.append(copy);
						}
						return slides;
					}
					const shown: HTMLElement[] = [];
					const svg = figure.querySelector('.diagram__svg--light svg');
					if (svg) {
						const body = el('div', 'slide__body');
						const drawing = el('div', 'slide__drawing');
						drawing.append(svg.cloneNode(true));
						body.append(drawing);
						const section = slide(deck, 'slides', title, body);
						section.dataset.drawing = title;
						shown.push(section);
					}
					const steps = figure.nextElementSibling?.matches('.diagram__steps')
						? [...figure.nextElementSibling.querySelectorAll('li')].map(
								(li) => li.textContent ?? ''
							)
						: [];
					if (steps.length > 0) {
						const section = slide(deck, 'slides', title, listBody(steps, true));
						section.dataset.steps = '';
						shown.push(section);
					}
					return shown;
				});
			};

			const sections: HTMLElement[] = [];
			for (const deck of decks) {
				const cover = el('section', 'slide slide--title');
				cover.dataset.deck = deck.path;
				cover.dataset.role = 'slides';
				cover.append(
					el('p', 'slide__kicker', deck.kicker),
					el('h1', 'slide__title', deck.title),
					el('p', 'slide__subtitle', deck.subtitle)
				);
				sections.push(cover);
				for (const s of deck.slides)
					sections.push(
						...(s.kind === 'list'
							? [slide(deck.path, 'slides', s.title, listBody(s.items, s.ordered))]
							: diagramSlides(deck.path, s.slug))
					);
			}
			for (const deck of decks) {
				if (deck.notes.blocks.length === 0) continue;
				const body = el('div', 'slide__body');
				const notes = el('div', 'slide__notes');
				notes.dataset.units = '';
				// A heading stays with its first paragraph.
				for (const block of deck.notes.blocks)
					for (const [i, text] of block.items.entries()) {
						const unit = el('div', '');
						unit.dataset.unit = '';
						if (i === 0) unit.append(el('h3', '', block.title));
						unit.append(el('p', '', text));
						notes.append(unit);
					}
				body.append(notes);
				sections.push(slide(deck.path, 'notes', deck.notes.title, body));
			}
			document.body.replaceChildren(...sections);
			return problems;
		},
		{ decks, matrixRow: strings.matrixRow }
	);
	// The style comes once the book is gone, so that only the slides are styled and laid out.
	await addStyleSheet(page, slideCss);
	const result = await page.evaluate(
		async ({ continued, minPx }) => {
			const problems: string[] = [];
			// Measured with the fonts they print in: laying the slides out starts loading the faces
			// they use, and the measuring waits for them.
			document.body.getBoundingClientRect();
			await document.fonts.ready;

			// A drawing stays only when its smallest label prints at 20 pt or more once fitted to the
			// slide; a flow then still has its steps, any other diagram cannot be shown.
			for (const section of document.querySelectorAll<HTMLElement>('[data-drawing]')) {
				let smallest = Infinity;
				for (const text of section.querySelectorAll<SVGGraphicsElement>('svg text')) {
					if (!text.textContent?.trim()) continue;
					const m = text.getScreenCTM();
					const size = parseFloat(getComputedStyle(text).fontSize);
					if (m) smallest = Math.min(smallest, size * Math.hypot(m.c, m.d));
				}
				if (smallest >= minPx) continue;
				const next = section.nextElementSibling as HTMLElement | null;
				if (!next?.hasAttribute('data-steps'))
					problems.push(
						`the diagram "${section.dataset.drawing}" prints its labels at ${((smallest * 72) / 96).toFixed(1)} pt on a slide and has no list of steps to show instead`
					);
				section.remove();
			}

			// What does not fit moves, a unit at a time from the end, to a continuation slide.
			const overflows = (s: HTMLElement) => {
				const body = s.querySelector<HTMLElement>('.slide__body');
				return (
					!!body &&
					(body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1)
				);
			};
			for (
				let s = document.querySelector<HTMLElement>('.slide');
				s;
				s = s.nextElementSibling as HTMLElement | null
			) {
				let rest: HTMLElement | undefined;
				while (overflows(s)) {
					const units = s.querySelectorAll('[data-unit]');
					if (units.length <= 1) {
						problems.push(
							`"${s.querySelector('.slide__title')?.textContent}" does not fit on one slide even with one item`
						);
						break;
					}
					if (!rest) {
						rest = s.cloneNode(true) as HTMLElement;
						for (const unit of rest.querySelectorAll('[data-unit]')) unit.remove();
						const heading = rest.querySelector<HTMLElement>('.slide__title')!;
						heading.textContent = continued.replace('{{title}}', heading.dataset.title ?? '');
						s.after(rest);
					}
					const container = rest.querySelector('[data-units]')!;
					container.insertBefore(units[units.length - 1]!, container.querySelector('[data-unit]'));
				}
			}
			// A list that continues keeps its numbering.
			const counted = new Map<string, number>();
			for (const list of document.querySelectorAll<HTMLOListElement>('ol[data-units]')) {
				const key = (list.closest('.slide') as HTMLElement).dataset.chain!;
				const before = counted.get(key) ?? 0;
				list.start = before + 1;
				counted.set(key, before + list.children.length);
			}
			return {
				problems,
				pages: [...document.querySelectorAll<HTMLElement>('.slide')].map((s) => ({
					deck: s.dataset.deck!,
					role: s.dataset.role as 'slides' | 'notes',
				})),
			};
		},
		{ continued: strings.continued, minPx: minSlideTextPx }
	);
	const problems = [...built, ...result.problems];
	if (problems.length > 0)
		throw new Error(
			`The slides cannot be made:\n${problems.map((p) => `  ${p}`).join('\n')}\nSplit the diagram, shorten the item, or give the flow its steps (a flowchart gets them by itself).`
		);
	return result.pages;
}
