import { describe, expect, it } from 'vitest';
import type { Chapter } from '../content/book.ts';
import { cssString, pageCounterContent, printBook } from './book.ts';

const c = (part: Chapter['part'], slug: string): Chapter => ({ part, slug, order: 0, title: slug });

describe('printBook', () => {
	it('numbers chapters across parts, letters appendices and numbers parts in Roman', () => {
		const book = printBook([
			c('introduction', 'a'),
			c('introduction', 'b'),
			c('operations', 'c'),
			c('appendices', 'x'),
			c('appendices', 'y'),
		]);
		expect(book.map((p) => [p.part, p.numeral, p.chapters.map((ch) => ch.number)])).toEqual([
			['introduction', 'I', ['1', '2']],
			['operations', 'II', ['3']],
			['appendices', undefined, ['A', 'B']],
		]);
		expect(book[2]!.chapters[1]!.prefix).toBe('cb-');
	});
});

describe('pageCounterContent', () => {
	it('turns a UI string into CSS content with page counters', () => {
		expect(pageCounterContent('Page {{page}} of {{pages}}')).toBe(
			'"Page " counter(page) " of " counter(pages)'
		);
		expect(pageCounterContent('{{page}} / {{pages}}')).toBe('counter(page) " / " counter(pages)');
	});
});

describe('cssString', () => {
	it('quotes a string, escaping what would end it or the <style> element around it', () => {
		expect(cssString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
		const hostile = cssString('</style><script>alert(1)</script>');
		expect(hostile).not.toMatch(/[<>]/);
		expect(hostile).toBe('"\\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e "');
	});
});
