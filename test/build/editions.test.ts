import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, elements, parseHtml, textContent } from '../../src/lib/postbuild/dist.ts';
import { buildFixture, type Fixture } from '../helpers/fixture.ts';

// The fixture project test/fixtures/editions: English, and a Spanish edition with the landing page
// and the CRM chapter translated and the order flow not yet.
describe('a handbook with a Spanish edition', () => {
	let build: Fixture;
	beforeAll(async () => {
		build = await buildFixture('editions');
		if (build.code !== 0) throw new Error(`build failed:\n${build.output.slice(-2500)}`);
	});
	afterAll(() => build?.cleanup());

	const page = (path: string) =>
		parseHtml(readFileSync(join(build.outDir, path, 'index.html'), 'utf8'));
	const links = (
		tree: ReturnType<typeof parseHtml>,
		test: (el: ReturnType<typeof elements>[number]) => boolean
	) => elements(tree, (el) => el.tagName === 'a' && test(el)).map((a) => attr(a, 'href'));
	const htmlLang = (path: string) =>
		attr(elements(page(path), (el) => el.tagName === 'html')[0]!, 'lang');

	it('serves each edition in its language', () => {
		expect(htmlLang('operations/crm')).toBe('en');
		expect(htmlLang('es/operations/crm')).toBe('es');
		expect(textContent(page('es/operations/crm'))).toContain('CRM recibe pedidos y problemas');
	});

	it('keeps links in the reader edition: process links, chapter links; files stay where they are', () => {
		const es = page('es/operations/crm');
		const content = (el: ReturnType<typeof elements>[number]) =>
			!(attr(el, 'className') ?? '').includes('sl-anchor-link');
		const processLinks = links(page('es'), (a) => attr(a, 'dataProcessId') !== undefined);
		expect(processLinks).toEqual(['/es/operations/crm/#process-1-1-1-5']);
		const body = links(es, content);
		expect(body).toContain('/es/flows/order/');
		expect(body).not.toContain('/flows/order/');
		expect(links(page('operations/crm'), content)).toContain('/flows/order/');
		// Each edition has its print book: the sidebar leads to the edition's own.
		expect(body).toContain('/es/print/');
		expect(body).not.toContain('/print/');
	});

	it("shows the official English name with the edition's rendering and summary beside it", () => {
		const es = page('es/operations/crm');
		const heading = elements(es, (el) => attr(el, 'id') === 'process-1-1-1-5')[0]!;
		expect(textContent(heading)).toContain('Order Handling');
		const facts = textContent(es);
		expect(facts).toContain('gestión de pedidos');
		expect(facts).toContain('alta de servicio');
		expect(textContent(page('operations/crm'))).not.toContain('gestión de pedidos');
	});

	it('keeps untranslated pages (served in English) out of the edition’s search index', () => {
		const fallback = page('es/flows/order');
		expect(textContent(fallback)).toContain('untranslatedmarker');
		const indexed = (tree: ReturnType<typeof parseHtml>) =>
			elements(tree, (el) => attr(el, 'dataPagefindBody') !== undefined).length > 0;
		expect(indexed(fallback)).toBe(false);
		expect(indexed(page('flows/order'))).toBe(true);
		expect(indexed(page('es/operations/crm'))).toBe(true);
		const entry = JSON.parse(
			readFileSync(join(build.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')
		) as { languages: Record<string, { page_count: number }> };
		// The Spanish landing page and CRM chapter; the English three chapters.
		expect(entry.languages.es?.page_count).toBe(2);
		expect(entry.languages.en?.page_count).toBe(3);
	});

	it('links every page to its other editions (hreflang) and offers a language picker', () => {
		const alternates = elements(
			page('operations/crm'),
			(el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate'
		).map((el) => [attr(el, 'hrefLang'), attr(el, 'href')]);
		expect(alternates).toContainEqual(['es', 'https://handbook.example.org/es/operations/crm/']);
		expect(alternates).toContainEqual(['en', 'https://handbook.example.org/operations/crm/']);
		const picker = elements(
			page('es/operations/crm'),
			(el) => el.tagName === 'starlight-lang-select'
		);
		expect(picker.length).toBeGreaterThan(0);
	});

	it('has a not-found page per edition', () => {
		expect(existsSync(join(build.outDir, '404.html'))).toBe(true);
		const es = parseHtml(readFileSync(join(build.outDir, 'es', '404.html'), 'utf8'));
		expect(textContent(es)).toContain('La página que busca no está aquí');
	});
});
