import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../content/catalog.ts';
import { listDocs, readChapter } from '../content/chapters.ts';
import { loadGlossary } from '../content/glossary.ts';
import { Handbook } from '../content/model.ts';
import { handbookPaths } from '../content/paths.ts';
import { readStrings } from '../i18n/strings.ts';
import { PAGEFIND_WEIGHT } from '../search/tuning.ts';
import { remarkProcess } from './remark-process.ts';

// A content model with the real catalog and strings and two chapters that hold sections.
let dir: string;
let handbook: Handbook;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'etom-remark-'));
	mkdirSync(join(dir, 'operations'), { recursive: true });
	writeFileSync(
		join(dir, 'operations', 'crm.mdx'),
		'---\ntitle: CRM\n---\n\n<Process id="1.1.1" />\n\n<Process id="1.1.1.5" />\n'
	);
	writeFileSync(
		join(dir, 'operations', 'fulfillment.mdx'),
		'---\ntitle: Fulfillment\n---\n\n<Process id="F" />\n'
	);
	const paths = handbookPaths({ docsDir: dir });
	const catalog = loadCatalog(paths.catalogFile);
	handbook = new Handbook({
		paths,
		editions: ['en'],
		catalogTranslations: {},
		catalog: {
			file: catalog.file,
			processes: [...catalog.processes],
			verticals: [...catalog.verticals],
		},
		chapters: listDocs(dir).map((file) => readChapter(dir, file)),
		courses: [],
		translatedCourses: {},
		glossaries: { en: loadGlossary(paths.glossaryDir) },
		strings: readStrings(paths.i18nDir),
		edition: { version: '0.0.0', date: '2026-01-01' },
		sources: [],
		concepts: [],
	});
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(mdx: string, file = 'operations/crm.mdx', base = '/') {
	const out = await unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkProcess, { handbook: () => handbook, base })
		.use(remarkRehype)
		.use(rehypeStringify)
		.process(new VFile({ value: mdx, path: join(dir, file) }));
	return String(out);
}

describe('<Process>', () => {
	it('renders a heading with a stable anchor, the id and the catalog name', async () => {
		const html = await render('<Process id="1.1.1.5" />');
		expect(html).toMatch(
			/<h2 id="process-1-1-1-5" class="process-heading" data-pagefind-weight="10" data-process-id="1.1.1.5" data-id-status="confirmed"><span class="process-id">1.1.1.5<\/span> Order Handling<\/h2>/
		);
	});

	it('lists the facts: matrix cell and the Level-3 processes with their descriptions', async () => {
		const html = await render('<Process id="1.1.1.5" />');
		expect(html).toContain('CRM × Fulfillment');
		const level3 = handbook.catalog.get('1.1.1.5.4');
		expect(html).toContain(
			`<li><strong>1.1.1.5.4 Track &#x26; Manage Customer Order Handling</strong><span data-pagefind-ignore="">: ${level3.summary.replaceAll('&', '&#x26;')}</span></li>`
		);
		// How an id was checked is the business of the sources appendix, not of the teaching text.
		expect(html).not.toMatch(/independent sources|Id status/);
	});

	it('leaves the facts out of the search index, but for earlier names and Level-3 processes', async () => {
		const html = await render('<Process id="1.1.1.10" />');
		expect(html).toMatch(/<div data-pagefind-ignore=""><dt>Matrix cell<\/dt>/);
		expect(html).toMatch(
			/<div><dt data-pagefind-ignore="">Earlier names<\/dt><dd><span><span data-pagefind-weight="9">Billing &#x26; Collections Management<\/span> \(early/
		);
		expect(await render('<Process id="1.1.1.5" />')).toMatch(
			/<div><dt data-pagefind-ignore="">Level-3 processes<\/dt>/
		);
		expect(await render('<Process id="1.1.1" />')).toMatch(
			/<div data-pagefind-ignore=""><dt>Level-2 processes<\/dt>/
		);
	});

	it('shows the everyday terms of a process and its Level-3 processes, indexed with their own weight', async () => {
		const { catalog } = handbook;
		const t = handbook.t();
		const list = (id: string) =>
			`<span class="process-terms" data-pagefind-weight="${PAGEFIND_WEIGHT.everydayTerm}">${catalog
				.get(id)
				.terms.map((x) => x.term)
				.join(', ')}</span>`;
		const html = await render('<Process id="1.1.1.11" />');
		expect(catalog.get('1.1.1.11').terms.map((x) => x.term)).toContain('dunning');
		expect(html).toContain(
			`<div><dt data-pagefind-ignore="">${t('etom.process.terms')}</dt><dd>${list('1.1.1.11')}</dd></div>`
		);
		expect(html).toMatch(
			new RegExp(
				`<li><strong>1\\.1\\.1\\.11\\.3 [^<]+</strong><span data-pagefind-ignore="">: [^<]+</span><span data-pagefind-ignore=""> ${t('etom.process.terms')}: </span>${list('1.1.1.11.3')}\\.</li>`
			)
		);
		expect(await render('<Process id="1.1.1" />')).not.toContain(t('etom.process.terms'));
	});

	it('marks an inferred id with a link to the appendix that explains it', async () => {
		const html = await render('<Process id="1.1.4.2" />', 'operations/crm.mdx', '/etom-handbook/');
		expect(html).toContain('data-id-status="inferred"');
		expect(html).toMatch(
			/<span class="process-id">1\.1\.4\.2<\/span><a href="\/etom-handbook\/appendices\/sources-and-confidence\/#inferred-and-single-source-ids" title="[^"]+" class="id-marker" aria-label="[^"]+" data-pagefind-ignore="">†<\/a> S\/P Requisition Management/
		);
		expect(await render('<Process id="1.1.1.5" />')).not.toMatch(
			/process-id">1\.1\.1\.5<\/span><a/
		);
	});

	it('renders a vertical with links to the sections of its processes', async () => {
		const html = await render('<Process id="F" />', 'operations/fulfillment.mdx');
		expect(html).toContain('id="vertical-f"');
		expect(html).toContain('<a href="/operations/crm/#process-1-1-1-5">1.1.1.5 Order Handling</a>');
	});

	it('fails on an unknown id, naming the file and the line', async () => {
		await expect(
			render('Some text.\n\n<Process id="9.9.9" />', 'operations/bad.mdx')
		).rejects.toThrow(/operations\/bad\.mdx:3: unknown process id "9\.9\.9" in <Process>/);
	});
});

describe('<ProcessLink>', () => {
	it('links to the section, under the base path, with the catalog name', async () => {
		const html = await render(
			'See <ProcessLink id="1.1.1.5" />.',
			'operations/other.mdx',
			'/etom-handbook/'
		);
		expect(html).toContain(
			'<a href="/etom-handbook/operations/crm/#process-1-1-1-5" class="process-link" data-process-id="1.1.1.5" data-pagefind-ignore="">Order Handling</a>'
		);
	});

	it('keeps its own text when it has children', async () => {
		const html = await render('<ProcessLink id="1.1.1.5">orders</ProcessLink>');
		expect(html).toContain('>orders</a>');
	});

	it('fails when the process has no section', async () => {
		await expect(render('<ProcessLink id="1.1.2.2" />', 'operations/x.mdx')).rejects.toThrow(
			/operations\/x\.mdx:1: process "1\.1\.2\.2" has no <Process id="1\.1\.2\.2" \/> section/
		);
	});
});
