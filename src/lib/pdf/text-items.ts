import { openPdf } from './inspect.ts';

/** One run of text on a PDF page, where it sits and how tall it prints. */
export interface TextItem {
	/** 1-based page number. */
	page: number;
	text: string;
	/** Type size in points: the height of the text's transform (a rotated run keeps its size). */
	size: number;
	/** Position of the run's baseline start, in points from the page's lower left corner. */
	x: number;
	y: number;
	/** Advance width of the run, in points. */
	width: number;
	pageWidth: number;
	pageHeight: number;
}

/** Every non-blank run of text in a PDF with its printed size, for checks of legibility and fill. */
export async function textItems(data: Uint8Array): Promise<TextItem[]> {
	const doc = await openPdf(data);
	try {
		const items: TextItem[] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const [, , width, height] = page.view as [number, number, number, number];
			for (const item of (await page.getTextContent()).items) {
				if (!('str' in item) || item.str.trim() === '') continue;
				const [, , c, d, x, y] = item.transform as number[];
				items.push({
					page: n,
					text: item.str,
					size: Math.hypot(c!, d!),
					x: x!,
					y: y!,
					width: item.width,
					pageWidth: width,
					pageHeight: height,
				});
			}
		}
		return items;
	} finally {
		await doc.destroy();
	}
}
