import { describe, expect, it } from 'vitest';
import { withContentsPages } from './contents-pages.ts';

describe('withContentsPages', () => {
	it('fills each contents entry with its page, and replaces the numbers of an earlier build', () => {
		const html =
			'<a href="#c1-top"><span class="toc__text">One</span><span class="toc__page" data-target="c1-top"></span></a>' +
			'<span class="toc__page" data-target="c2-top">9</span><span class="toc__page" data-target="gone"></span>';
		const pages = new Map([
			['c1-top', 5],
			['c2-top', 12],
		]);
		expect(withContentsPages(html, pages)).toBe(
			'<a href="#c1-top"><span class="toc__text">One</span><span class="toc__page" data-target="c1-top">5</span></a>' +
				'<span class="toc__page" data-target="c2-top">12</span><span class="toc__page" data-target="gone"></span>'
		);
	});
});
