import { describe, expect, it } from 'vitest';
import { readableSize, withDownloadSizes } from './sizes.ts';

describe('download sizes', () => {
	it('reads as kilobytes below a megabyte and as megabytes with one decimal above', () => {
		expect(readableSize(300)).toBe('1 KB');
		expect(readableSize(130 * 1024)).toBe('130 KB');
		expect(readableSize(Math.round(2.44 * 1024 * 1024))).toBe('2.4 MB');
	});

	it('fills the size of each written PDF into its span and leaves the others', () => {
		const html =
			'<li><a href="/a.pdf">A</a> (<span class="download__size" data-pdf="a.pdf">PDF</span>)</li>' +
			'<li><a href="/b.pdf">B</a> (<span class="download__size" data-pdf="b.pdf">PDF</span>)</li>';
		const out = withDownloadSizes(html, new Map([['a.pdf', 2048]]), (s) => `PDF, ${s}`);
		expect(out).toContain('data-pdf="a.pdf">PDF, 2 KB</span>');
		expect(out).toContain('data-pdf="b.pdf">PDF</span>');
	});
});
