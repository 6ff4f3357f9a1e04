import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { bookPdfPath } from '../../src/lib/pdf/plan.ts';
import { textItems, type TextItem } from '../../src/lib/pdf/text-items.ts';
import { chromiumForTests } from '../helpers/browser.ts';
import { handbook } from '../helpers/handbook.ts';

const dist = inject('distDir');
const chromium = chromiumForTests();
const t = handbook.t();
const sample = 20;

/** A seeded generator (mulberry32), so that the sample is the same on every run. */
function seeded(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let r = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
		return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
	};
}

function pick<T>(list: T[], n: number, seed: number): T[] {
	const random = seeded(seed);
	const copy = [...list];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy.slice(0, n);
}

const squeeze = (s: string) => s.replace(/[\s\u00ad]+/g, '');
const textOf = (node: Root | RootContent): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';
const classes = (node: Element) =>
	Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];

describe.skipIf(!chromium)('page references in the PDF book', () => {
	const byId = new Map<string, Element>();
	const refs: { target: string; text: string; link: string }[] = [];
	const entries: { term: string; pages: string[]; targets: string[] }[] = [];
	let items: TextItem[];
	let pageCount: number;
	let bodySize: number;
	/** Each page's text, without spaces (lines break anywhere), and its larger-than-body text. */
	let pageText: string[];
	let headingText: string[];
	let firstPart: number;

	beforeAll(async () => {
		const tree = unified()
			.use(rehypeParse)
			.parse(readFileSync(join(dist, 'print', 'index.html'), 'utf8'));
		visit(tree, 'element', (node: Element, i, parent) => {
			if (typeof node.properties.id === 'string') byId.set(node.properties.id, node);
			if (classes(node).includes('page-ref')) {
				const before = parent?.children[(i ?? 0) - 1];
				refs.push({
					target: String(node.properties.dataTarget),
					text: textOf(node),
					link: before && !classes(node).includes('page-ref--bare') ? textOf(before) : '',
				});
			}
			if (classes(node).includes('book-index__entry')) {
				const links: Element[] = [];
				visit(node, 'element', (a: Element) => {
					if (classes(a).includes('book-index__page')) links.push(a);
				});
				entries.push({
					term: textOf(node.children[0]!),
					pages: links.map(textOf).filter((p) => p !== ''),
					targets: links.map((a) => String(a.properties.dataTarget)),
				});
			}
		});
		items = await textItems(new Uint8Array(readFileSync(join(dist, bookPdfPath))));
		pageCount = Math.max(...items.map((i) => i.page));
		const sizes = new Map<number, number>();
		for (const i of items)
			sizes.set(
				Math.round(i.size * 2) / 2,
				(sizes.get(Math.round(i.size * 2) / 2) ?? 0) + i.text.length
			);
		bodySize = [...sizes].sort((a, b) => b[1] - a[1])[0]![0];
		pageText = Array.from({ length: pageCount }, () => '');
		headingText = Array.from({ length: pageCount }, () => '');
		for (const i of items) {
			pageText[i.page - 1] += squeeze(i.text);
			if (i.size > bodySize + 0.75) headingText[i.page - 1] += squeeze(i.text);
		}
		const partOne = squeeze(
			t('etom.print.part', { numeral: 'I', title: t('etom.part.introduction') })
		);
		firstPart = headingText.findIndex((text) => text.includes(partOne)) + 1;
		expect(firstPart).toBeGreaterThan(1);
	});

	/**
	 * The pages where a target really is, read from the PDF: a heading where its text prints larger
	 * than the body; a figure or table where its number and caption print (not in the list of
	 * figures); a use of an abbreviation where it prints; anything else where its first words print.
	 */
	function pagesOf(target: string): number[] {
		const node = byId.get(target);
		expect(node, `#${target} is in the print page`).toBeDefined();
		const heading = /^h[1-6]$/.test(node!.tagName);
		const label = node!.properties.dataLabel;
		const caption = node!.children.find((c) => c.type === 'element' && /caption/.test(c.tagName));
		// The dagger of an inferred id prints smaller than its heading.
		const wanted = squeeze(
			textOf(typeof label === 'string' ? caption! : node!).replace(/†/g, '')
		).slice(0, heading ? undefined : 40);
		const pages: number[] = [];
		(heading ? headingText : pageText).forEach((text, i) => {
			// A figure's caption also prints in the list of figures, before the first part.
			if (text.includes(wanted) && !(label && i + 1 < firstPart)) pages.push(i + 1);
		});
		return pages;
	}

	const printedPage = (text: string) => Number(/(\d+)\D*$/.exec(text)?.[1]);

	it(`prints, for ${sample} references picked at random, the page where the target is`, () => {
		expect(refs.length).toBeGreaterThan(500);
		const everything = pageText.join('');
		for (const ref of pick(refs, sample, 13)) {
			const page = printedPage(ref.text);
			expect(page, `reference to #${ref.target}: "${ref.text}"`).toBeGreaterThan(0);
			expect(pagesOf(ref.target), `#${ref.target} is on p. ${page}`).toContain(page);
			// The PDF prints the reference after its link text.
			if (ref.link) expect(everything, ref.link).toContain(squeeze(`${ref.link}${ref.text}`));
		}
	});

	it('prints the number and page of every reference to a figure or table', () => {
		const labelled = refs.filter((r) => /\d+\.\d+,/.test(r.text));
		expect(labelled.length).toBeGreaterThanOrEqual(4);
		for (const ref of labelled) {
			const node = byId.get(ref.target)!;
			expect(ref.text).toContain(`${String(node.properties.dataLabel)},`);
			expect(pagesOf(ref.target), ref.text).toContain(printedPage(ref.text));
		}
	});

	it('numbers every figure and captioned table by chapter and lists each with its page', () => {
		const numbered = [...byId.values()].filter((n) => typeof n.properties.dataLabel === 'string');
		expect(numbered.filter((n) => n.tagName === 'figure').length).toBeGreaterThanOrEqual(10);
		expect(numbered.filter((n) => n.tagName === 'table').length).toBeGreaterThanOrEqual(30);
		const list = pageText.slice(0, firstPart - 1).join('');
		for (const node of numbered) {
			const id = String(node.properties.id);
			const pages = pagesOf(id);
			expect(pages, `${String(node.properties.dataLabel)} prints once`).toHaveLength(1);
			const caption = textOf(
				node.children.find((c) => c.type === 'element' && /caption/.test(c.tagName))!
			);
			expect(list, caption).toContain(squeeze(`${caption}${pages[0]}`));
		}
	});

	it(`lists, for ${sample} index entries picked at random, the pages where their places are`, () => {
		expect(entries.length).toBeGreaterThan(200);
		const index = pageText.slice(-30).join('');
		for (const entry of pick(entries, sample, 7)) {
			expect(entry.pages.length, entry.term).toBeGreaterThan(0);
			expect(index, entry.term).toContain(squeeze(`${entry.term}${entry.pages.join(',')}`));
			const printed = entry.pages.map(Number);
			const places = entry.targets.map(pagesOf);
			for (const [i, pages] of places.entries())
				expect(
					pages.some((p) => printed.includes(p)),
					`${entry.term} -> #${entry.targets[i]} on ${pages.join(', ')}`
				).toBe(true);
			for (const page of printed)
				expect(
					places.some((pages) => pages.includes(page)),
					`${entry.term}: p. ${page}`
				).toBe(true);
		}
	});
});
