import { describe, expect, it } from 'vitest';
import { withPageNumbers } from './contents-pages.ts';

describe('withPageNumbers', () => {
	it('fills each numbered element in document order, and replaces the numbers of an earlier build', () => {
		const html =
			'<a href="#c1-top"><span class="toc__text">One</span><span class="toc__page" data-target="c1-top"></span></a>' +
			'<span class="toc__page" data-target="c2-top">9</span>' +
			'<p>See <a href="#c2-top">Two</a><span class="page-ref" data-target="c2-top" data-label="Figure 2.1"></span></p>' +
			'<a href="#c1-top" class="book-index__page" data-target="c1-top"></a>';
		expect(withPageNumbers(html, ['5', '12', ' (Figure 2.1, p. 12)', ''])).toBe(
			'<a href="#c1-top"><span class="toc__text">One</span><span class="toc__page" data-target="c1-top">5</span></a>' +
				'<span class="toc__page" data-target="c2-top">12</span>' +
				'<p>See <a href="#c2-top">Two</a><span class="page-ref" data-target="c2-top" data-label="Figure 2.1"> (Figure 2.1, p. 12)</span></p>' +
				'<a href="#c1-top" class="book-index__page" data-target="c1-top"></a>'
		);
	});

	it('fails when the page does not hold as many numbered elements as were printed', () => {
		expect(() =>
			withPageNumbers('<span class="toc__page" data-target="a"></span>', ['1', '2'])
		).toThrow(/1 page-numbered elements but the PDF build filled 2/);
	});
});
