import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { attr, distFiles, elements, parseHtml } from '../../src/lib/postbuild/dist.ts';
import { pngSize } from '../../src/lib/social/image.ts';

const dist = inject('distDir');
const htmlFiles = distFiles(dist, '.html');
const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');

/** Pages meant to be shared: all but each edition's 404 page and pages that ask search engines to skip them (the print edition). */
const shared = htmlFiles.filter(
	(f) =>
		!/(^|\/)404\.html$/.test(f) &&
		!/<meta name="robots" content="noindex"/.test(readFileSync(join(dist, f), 'utf8'))
);

/** The content of every `<meta>` with this property or name. */
function metas(html: string, key: string): string[] {
	return elements(
		parseHtml(html),
		(el) => el.tagName === 'meta' && (attr(el, 'property') === key || attr(el, 'name') === key)
	).map((el) => attr(el, 'content') ?? '');
}

/** The file in dist/ that an image URL (absolute, or root-relative under the base path) points to. */
function fileOf(url: string): string {
	const path = new URL(url, 'http://site.invalid').pathname;
	expect(path.startsWith(base), url).toBe(true);
	return join(dist, decodeURI(path.slice(base.length)));
}

describe('social images in the built handbook', () => {
	it('finds the chapters', () => {
		expect(shared.length).toBeGreaterThanOrEqual(19);
	});

	it('gives every page one og:image and twitter:image, drawn at 1200x630', () => {
		for (const file of shared) {
			const html = readFileSync(join(dist, file), 'utf8');
			const [image, ...more] = metas(html, 'og:image');
			expect(image, file).toMatch(/\/og\/.+\.png$/);
			expect(more, file).toEqual([]);
			expect(metas(html, 'twitter:image'), file).toEqual([image]);
			expect(metas(html, 'twitter:card'), file).toEqual(['summary_large_image']);
			expect(metas(html, 'og:image:width'), file).toEqual(['1200']);
			expect(metas(html, 'og:image:height'), file).toEqual(['630']);
			expect(metas(html, 'og:image:alt')[0]?.length, file).toBeGreaterThan(5);
			if (process.env.SITE_URL) expect(image!.startsWith(process.env.SITE_URL), file).toBe(true);
			const png = fileOf(image!);
			expect(existsSync(png), `${file}: ${image}`).toBe(true);
			expect(pngSize(readFileSync(png)), `${file}: ${image}`).toEqual({ width: 1200, height: 630 });
		}
	});

	it('names each image after its page', () => {
		const imageOf = (file: string) => metas(readFileSync(join(dist, file), 'utf8'), 'og:image')[0];
		expect(imageOf('index.html')).toMatch(/\/og\/index\.png$/);
		expect(imageOf('operations/crm/index.html')).toMatch(/\/og\/operations\/crm\.png$/);
		const images = shared.map(imageOf);
		expect(new Set(images).size).toBe(images.length);
	});

	it('gives the print edition a card of its own, though search engines skip the page', () => {
		const html = readFileSync(join(dist, 'print', 'index.html'), 'utf8');
		const [image, ...more] = metas(html, 'og:image');
		expect(image).toMatch(/\/og\/print\.png$/);
		expect(more).toEqual([]);
		expect(metas(html, 'twitter:image')).toEqual([image]);
		expect(metas(html, 'og:image:alt')[0]?.length).toBeGreaterThan(5);
		expect(pngSize(readFileSync(fileOf(image!)))).toEqual({ width: 1200, height: 630 });
	});

	it("gives no edition's 404 page an image of a chapter", () => {
		const notFound = htmlFiles.filter((f) => /(^|\/)404\.html$/.test(f));
		expect(notFound.length).toBeGreaterThan(1);
		for (const file of notFound)
			expect(metas(readFileSync(join(dist, file), 'utf8'), 'og:image'), file).toEqual([]);
	});
});
