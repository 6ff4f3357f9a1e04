import { describe, expect, it } from 'vitest';
import { pageFill, textLines } from './layout-measure.ts';
import type { TextItem } from './text-items.ts';

const item = (page: number, x: number, y: number, text: string, size = 10): TextItem => ({
	page,
	text,
	size,
	x,
	y,
	width: text.length * size * 0.5,
	pageWidth: 595,
	pageHeight: 842,
});

describe('textLines', () => {
	it('joins the runs of one baseline and splits table cells apart', () => {
		const lines = textLines([
			item(1, 100, 700, 'Order'),
			item(1, 127, 700, 'Handling'),
			item(1, 300, 700, 'p. 62'),
			item(1, 100, 686, 'next line'),
			item(2, 100, 700, 'other page'),
		]);
		expect(lines.map((l) => [l.page, l.text])).toEqual([
			[1, 'Order Handling'],
			[1, 'p. 62'],
			[1, 'next line'],
			[2, 'other page'],
		]);
	});
});

describe('pageFill', () => {
	it('measures from the top of the type area to the lowest line, leaving out header and footer', () => {
		const lines = textLines([
			item(1, 50, 800, 'running head'),
			item(1, 50, 700, 'first'),
			item(1, 50, 450 + 2.5, 'half way'),
			item(1, 50, 40, 'Page 1 of 9'),
		]);
		expect(pageFill(lines, 750, 150)).toBeCloseTo(0.5, 2);
		expect(pageFill([], 750, 150)).toBe(0);
	});
});
