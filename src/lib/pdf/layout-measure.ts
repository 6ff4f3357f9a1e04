import type { TextItem } from './text-items.ts';

/** A run of text on one baseline of a page: a line of a paragraph, or one cell of a table row. */
export interface TextLine {
	page: number;
	/** Baseline, in points from the page's foot. */
	y: number;
	x: number;
	/** Where the run ends on the right, in points. */
	right: number;
	size: number;
	text: string;
}

/**
 * The lines of text on each page, from pdf.js's runs: runs on one baseline join into a line, with a
 * space where there is a gap; a gap wider than 1.5 em (table columns, the contents' page column)
 * starts a new line, so that each table cell counts on its own.
 */
export function textLines(items: TextItem[]): TextLine[] {
	const sorted = [...items]
		.filter((i) => Math.abs(i.size) > 0)
		.sort((a, b) => a.page - b.page || b.y - a.y || a.x - b.x);
	const lines: TextLine[] = [];
	let line: TextLine | undefined;
	for (const item of sorted) {
		const gap = line ? item.x - line.right : 0;
		const sameRun =
			line &&
			line.page === item.page &&
			Math.abs(line.y - item.y) < 0.5 &&
			gap > -1 &&
			gap < 1.5 * item.size;
		if (line && sameRun) {
			const space = gap > 0.15 * item.size && !/\s$/.test(line.text) && !/^\s/.test(item.text);
			line.text += (space ? ' ' : '') + item.text;
			line.right = item.x + item.width;
			line.size = Math.max(line.size, item.size);
			continue;
		}
		line = {
			page: item.page,
			y: item.y,
			x: item.x,
			right: item.x + item.width,
			size: item.size,
			text: item.text,
		};
		lines.push(line);
	}
	for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim();
	return lines;
}

/**
 * How much of a page's type area its text fills, from the top of the area to the lowest line
 * (0 = empty, 1 = down to the foot). `top` and `bottom` are the area's edges in points from the
 * page's foot; text outside them (running headers and footers) does not count.
 */
export function pageFill(lines: TextLine[], top: number, bottom: number): number {
	const body = lines.filter((l) => l.y < top && l.y > bottom);
	if (body.length === 0) return 0;
	const lowest = Math.min(...body.map((l) => l.y - 0.25 * l.size));
	return Math.min(1, Math.max(0, (top - lowest) / (top - bottom)));
}
