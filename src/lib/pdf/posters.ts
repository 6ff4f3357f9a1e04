import type { Page } from 'playwright-core';
import { addStyleSheet } from './page-style.ts';

/** One A3 poster: the matrix of an area, its title and the edition line. */
export interface PosterSheet {
	area: string;
	title: string;
	edition: string;
}

/**
 * A3 landscape, the matrix stretched over the sheet: at 15 pt every process name is readable from
 * a few steps away (at least 14 pt, the print test checks), and the rows share the height left.
 * The table's caption repeats the poster's title, so only the title shows.
 */
const posterCss = `@page poster { size: A3 landscape; margin: 12mm; @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
.poster { page: poster; height: 272mm; display: flex; flex-direction: column; }
.poster + .poster { break-before: page; }
.poster__title { font-size: 26pt; line-height: 1.2; margin: 0 0 5mm; }
.poster .process-matrix { flex: 1; min-height: 0; display: flex; overflow: visible; }
.poster .process-matrix table { font-size: 15pt; line-height: 1.25; height: 100%; }
.poster .process-matrix caption { display: none; }
.poster .process-matrix th, .poster .process-matrix td { padding: 2mm 3mm; }
.poster .process-matrix tbody th { min-width: 62mm; }
.poster__edition { flex: none; font-size: 15pt; margin: 4mm 0 0; color: #333; }`;

/**
 * Turns the loaded print book into the posters, one A3 sheet per area, each with a copy of the
 * area's matrix table from the book (ProcessMatrix, `data-area`). Printing the page afterwards
 * gives one PDF page per poster, in the order given.
 */
export async function showPosters(page: Page, sheets: PosterSheet[]): Promise<void> {
	await page.evaluate((list) => {
		const posters = list.map(({ area, title, edition }) => {
			const matrix = document.querySelector(`.chapter .process-matrix[data-area="${area}"]`);
			if (!matrix)
				throw new Error(`The print book has no matrix table of area ${area} to put on a poster.`);
			const poster = document.createElement('section');
			poster.className = 'poster';
			const heading = document.createElement('h1');
			heading.className = 'poster__title';
			heading.textContent = title;
			const line = document.createElement('p');
			line.className = 'poster__edition';
			line.textContent = edition;
			poster.append(heading, matrix.cloneNode(true), line);
			return poster;
		});
		document.body.replaceChildren(...posters);
	}, sheets);
	await addStyleSheet(page, posterCss);
}
