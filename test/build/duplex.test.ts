import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/lib/browser.ts';
import { destinationPages, pageTexts } from '../../src/lib/pdf/inspect.ts';
import { bookPdfPath } from '../../src/lib/pdf/plan.ts';
import { attr, elements, readPage } from '../../src/lib/postbuild/dist.ts';
import { buildFixture, type Fixture } from '../helpers/fixture.ts';

// Duplex printing (PDF_DUPLEX=1) on a small book, test/fixtures/duplex: its chapters of one page
// and of several put some openers on left-hand pages, where the export must add a blank verso.
const hasClass = (el: Element, name: string) =>
	(attr(el, 'className') ?? '').split(' ').includes(name);

describe.skipIf(!findBrowser().found)('the duplex book', () => {
	let build: Fixture;
	beforeAll(async () => {
		build = await buildFixture('duplex');
		expect(build.code, build.output).toBe(0);
	}, 240_000);
	afterAll(() => build?.cleanup());

	it('opens every part and chapter on a right-hand page, with blank versos before them', async () => {
		const pdf = new Uint8Array(readFileSync(join(build.outDir, bookPdfPath)));
		// Each opener's named destination: a part's or the sources' own id, a chapter's title.
		const print = readPage(build.outDir, 'print/index.html');
		const openers = elements(print, (el) =>
			['part', 'chapter__title', 'sources'].some((name) => hasClass(el, name))
		).map((el) => attr(el, 'id'));
		const { byName } = await destinationPages(pdf);
		const pages = openers.map((id) => [id, byName.get(id ?? '')] as const);
		// Three parts, five chapters and the list of sources.
		expect(pages.length).toBe(9);
		expect(pages.filter(([, n]) => n === undefined)).toEqual([]);
		expect(pages.filter(([, n]) => n! % 2 === 0)).toEqual([]);

		const texts = await pageTexts(pdf);
		const blank = texts.flatMap((text, i) => (text.trim() === '' ? [i + 1] : []));
		expect(blank.length).toBeGreaterThan(0);
		expect(blank.filter((n) => n % 2 === 1)).toEqual([]);
		expect(build.output).toMatch(/book of \d+ pages \(\d+ passes?\).*\(A4, duplex\)/);
	});
});
