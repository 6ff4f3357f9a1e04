import type { Page } from 'playwright-core';
import { addStyleSheet } from './page-style.ts';

/** What the first page of a handout says: its chapter, and the edition and pages it comes from. */
export interface HandoutCover {
	kicker: string;
	title: string;
	pages: string;
}

const coverCss = `@page handout-cover { margin: 30mm 25mm; @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
.handout-cover { page: handout-cover; }
.handout-cover + .handout-cover { break-before: page; }
.handout-cover__kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 10pt; color: #444; margin: 70mm 0 2mm; }
.handout-cover__title { font-size: 24pt; line-height: 1.2; margin: 0 0 8mm; }
.handout-cover__pages { font-size: 12pt; }`;

/**
 * Turns the loaded print page into the handouts' cover pages, one per handout, in the order given,
 * so that a single print gives every cover (a print per handout would cost seconds).
 */
export async function showHandoutCovers(page: Page, covers: HandoutCover[]): Promise<void> {
	await page.evaluate((list) => {
		const sections = list.map(({ kicker, title, pages }) => {
			const section = document.createElement('section');
			section.className = 'handout-cover';
			for (const [tag, name, text] of [
				['p', 'kicker', kicker],
				['h1', 'title', title],
				['p', 'pages', pages],
			] as const) {
				const el = document.createElement(tag);
				el.className = `handout-cover__${name}`;
				el.textContent = text;
				section.append(el);
			}
			return section;
		});
		document.body.replaceChildren(...sections);
	}, covers);
	await addStyleSheet(page, coverCss);
}
