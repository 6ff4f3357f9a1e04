import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser, launchBrowser } from '../../src/lib/browser.ts';
import { pageTexts } from '../../src/lib/pdf/inspect.ts';
import {
	attr,
	distFiles,
	distPages,
	elements,
	readPage,
	textContent,
} from '../../src/lib/postbuild/dist.ts';
import { pngSize } from '../../src/lib/social/image.ts';
import { serveStatic } from '../../src/lib/static-server.ts';
import { buildFixture, type Fixture } from '../helpers/fixture.ts';
import { openSearch, searchFor } from '../helpers/page-types.ts';

// The fixture project test/fixtures/hostile-content puts these into a catalog name and summary, a
// vertical's name, a glossary entry, a chapter's frontmatter (title, description, apparatus) and a
// diagram's labels. Each may show as text; none may become an element, an attribute or a script.
const img = '<img src=x onerror=alert(1)>';
const script = '</script><script>alert(2)</script>';
const svg = '"><svg onload=alert(3)>';
const title = `Hostile </title><script>alert(2)</script> "><img src=x onerror=alert(1)>`;
const processName = `Order Handling ${img}`;
const verticalName = `Fulfillment ${svg}`;
const summary = `Checks an order ${svg} can be met ${script}.`;
const expansion = `cross-site ${svg} scripting`;
const definition = `An attack that slips ${img} or ${script} into a page.`;

const browser = findBrowser().found;
// Soft hyphens (print hyphenation) go, with the line break after one.
const norm = (s: string) =>
	s
		.replace(/\u00ad\s*/g, '')
		.replace(/\s+/g, ' ')
		.trim();
const texts = (tree: Root, test: (el: Element) => boolean) =>
	elements(tree, test).map((el) => norm(textContent(el)));
const hasClass = (el: Element, name: string) =>
	(attr(el, 'className') ?? '').split(' ').includes(name);

describe('content is untrusted input', () => {
	let build: Fixture;
	let page: Root;
	let print: Root;
	beforeAll(async () => {
		build = await buildFixture('hostile-content');
		expect(build.code, build.output).toBe(0);
		page = readPage(build.outDir, 'operations/overview/index.html');
		print = readPage(build.outDir, 'print/index.html');
	});
	afterAll(() => build?.cleanup());

	it('builds: the post-build check finds no script, handler or style its policy does not name', () => {
		expect(build.output).toMatch(/\[csp\] 4 pages carry their policy/);
	});

	it('puts no element or attribute of its own into any page', () => {
		for (const { file } of distPages(build.outDir)) {
			const tree = readPage(build.outDir, file);
			const handlers = elements(tree).flatMap((el) =>
				Object.keys(el.properties)
					.filter((name) => /^on[A-Z]/.test(name))
					.map((name) => `<${el.tagName} ${name}>`)
			);
			expect(handlers, file).toEqual([]);
			expect(
				elements(tree, (el) => el.tagName === 'img' && attr(el, 'src') === 'x'),
				file
			).toEqual([]);
			const scripts = elements(tree, (el) => el.tagName === 'script').map(textContent);
			expect(
				scripts.filter((s) => s.includes('alert(')),
				file
			).toEqual([]);
		}
	});

	it("shows the chapter's frontmatter as text: title, description, apparatus", () => {
		// The page's <title> (the diagram's drawings have <title> elements of their own).
		expect(texts(page, (el) => el.tagName === 'title')[0]).toBe(`${title} | eTOM Handbook`);
		expect(texts(page, (el) => el.tagName === 'h1')).toEqual([title]);
		const description = elements(
			page,
			(el) => el.tagName === 'meta' && attr(el, 'name') === 'description'
		);
		expect(description.map((el) => attr(el, 'content'))).toEqual([
			`A description ${svg} with ${script} inside.`,
		]);
		expect(texts(page, (el) => el.tagName === 'li')).toContain(`Read ${img} as text.`);
		expect(texts(print, (el) => el.tagName === 'h2' && hasClass(el, 'chapter__title'))).toEqual([
			title,
		]);
	});

	it('shows catalog names and summaries as text: section, fact box, Level-3 list, matrix, index', () => {
		const body = norm(textContent(page));
		expect(texts(page, (el) => el.tagName === 'h2')).toContainEqual(
			expect.stringContaining(processName)
		);
		expect(body).toContain(summary);
		// The process index (a table) and the matrix name the process; the matrix names the vertical.
		expect(texts(page, (el) => el.tagName === 'td')).toContainEqual(
			expect.stringContaining(processName)
		);
		expect(texts(page, (el) => el.tagName === 'th')).toContainEqual(
			expect.stringContaining(verticalName)
		);
		expect(norm(textContent(print))).toContain(summary);
	});

	it('shows a glossary entry as text, in the glossary and in the title of each use', () => {
		const glossary = elements(page, (el) => el.tagName === 'dl' && hasClass(el, 'glossary'));
		expect(
			glossary.flatMap((dl) => texts(dl as unknown as Root, (el) => el.tagName === 'dd'))
		).toEqual([definition]);
		const titles = elements(page, (el) => el.tagName === 'abbr').map((el) => attr(el, 'title'));
		expect(titles.length).toBeGreaterThan(1);
		expect(new Set(titles)).toEqual(new Set([expansion]));
	});

	it("shows a diagram's labels as text, drawn and in its list of steps", () => {
		const figure = elements(page, (el) => el.tagName === 'figure' && hasClass(el, 'diagram'));
		expect(figure).toHaveLength(1);
		expect(texts(figure[0]! as unknown as Root, (el) => el.tagName === 'figcaption')).toEqual([
			`Flow ${svg}`,
		]);
		// Mermaid runs with securityLevel 'strict': markup typed into a label is sanitized; a catalog
		// name put in by a placeholder is passed as text and drawn as it is.
		const drawn = texts(figure[0]! as unknown as Root, (el) => el.tagName === 'text');
		expect(drawn.join(' ').replace(/\s+/g, '')).toContain(processName.replace(/\s+/g, ''));
		const steps = texts(page, (el) => el.tagName === 'li' && textContent(el).includes('→'));
		expect(steps).toEqual([expect.stringMatching(new RegExp(`^${escapeRe(processName)} → `))]);
	});

	it('keeps the running title of the print view inside its <style>', () => {
		const css = elements(print, (el) => el.tagName === 'style')
			.map(textContent)
			.join('\n');
		expect(css).toMatch(
			/@page chapter-1 \{ @top-right \{ content: "Chapter 1: Hostile \\3c \/title\\3e /
		);
		expect(css).not.toMatch(/<\/?(style|script|title)/);
	});

	it('indexes text for search', () => {
		const fragments = distFiles(join(build.outDir, 'pagefind', 'fragment')).map((f) => {
			const text = gunzipSync(readFileSync(join(build.outDir, 'pagefind', 'fragment', f)))
				.toString('utf8')
				.replace(/^pagefind_dcd/, '');
			return JSON.parse(text) as { url: string; content: string; meta: { title: string } };
		});
		const chapter = fragments.find((f) => f.url === '/operations/overview/');
		expect(chapter?.meta.title).toBe(title);
		expect(chapter?.content).toContain(definition);
	});

	it('draws a social card for the chapter from the title as text', () => {
		const png = join(build.outDir, 'og', 'operations', 'overview.png');
		expect(existsSync(png)).toBe(true);
		expect(pngSize(readFileSync(png))).toEqual({ width: 1200, height: 630 });
	});

	it.skipIf(!browser)('prints the strings as text in the PDF', async () => {
		// Without spaces: a line may also break inside a word of markup ("</script>" | "<script>").
		const book = norm(
			(await pageTexts(readFileSync(join(build.outDir, 'etom-handbook.pdf')))).join(' ')
		).replace(/ /g, '');
		// In order, word by word: a string in a table cell wraps, and a PDF's text runs row by row,
		// so the words of one cell may come between those of its neighbours.
		for (const text of [title, processName, summary, definition]) {
			let at = 0;
			for (const word of text.split(' ')) {
				const found = book.indexOf(word, at);
				expect(found, `"${word}" of ${text}`).toBeGreaterThanOrEqual(0);
				at = found + word.length;
			}
		}
	});

	it.skipIf(!browser)(
		'runs nothing in Chromium: pages, print view, search results and filters',
		async () => {
			const server = await serveStatic(build.outDir);
			const chromium = await launchBrowser(browser!);
			try {
				const tab = await chromium.newPage();
				const alerts: string[] = [];
				tab.on('dialog', async (d) => {
					alerts.push(d.message());
					await d.dismiss();
				});
				const injected = () =>
					tab.evaluate(() =>
						[...document.querySelectorAll('img[src="x"], [onerror], [onload]')].map((e) =>
							e.outerHTML.slice(0, 80)
						)
					);
				for (const path of ['', 'operations/overview/', 'print/']) {
					await tab.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
					expect(await injected(), `/${path}`).toEqual([]);
				}
				await tab.goto(`${server.url}operations/overview/`, { waitUntil: 'networkidle' });
				await openSearch(tab);
				await searchFor(tab, 'attack');
				expect(await tab.locator('.pagefind-ui__result-excerpt').allTextContents()).toContainEqual(
					expect.stringContaining(`slips ${img}`)
				);
				// Pagefind's UI writes filter values as HTML; the dialog's module hands them over escaped,
				// and takes the reader's choice back: the filter still narrows the results.
				await tab.goto(`${server.url}operations/overview/`, { waitUntil: 'networkidle' });
				await openSearch(tab);
				await searchFor(tab, 'Operations');
				const pages = () =>
					tab
						.locator('.pagefind-ui__result > .pagefind-ui__result-inner > p > a')
						.evaluateAll((links) => links.map((a) => a.getAttribute('href')).sort());
				expect(await pages()).toEqual(['/', '/operations/overview/']);
				const filter = tab.locator('.pagefind-ui__filter-label', { hasText: 'Fulfillment' });
				await tab.locator('.pagefind-ui__filter-name', { hasText: 'Grouping' }).click();
				expect(norm((await filter.textContent()) ?? '')).toBe(`${verticalName} (1)`);
				await filter.click();
				await expect.poll(pages).toEqual(['/']);
				expect(await injected()).toEqual([]);
				expect(alerts).toEqual([]);
			} finally {
				await chromium.close();
				await server.close();
			}
		}
	);
});

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a chapter whose markup would run script', () => {
	it('fails the build, naming the chapter and what the policy would block', async () => {
		const build = await buildFixture('csp-violation');
		try {
			expect(build.code, build.output).not.toBe(0);
			expect(build.output).toMatch(
				/Content Security Policy: \d+ problem\(s\)[\s\S]*operations\/handlers\.mdx \(page \/operations\/handlers\/\): an event handler attribute on <img>.*onerror="alert\(1\)"/
			);
			expect(build.output).toMatch(
				/operations\/handlers\.mdx \(page \/operations\/handlers\/\): a javascript: URL on <a>: javascript:alert\(2\)/
			);
			expect(existsSync(join(build.outDir, '_headers'))).toBe(false);
		} finally {
			build.cleanup();
		}
	});
});
