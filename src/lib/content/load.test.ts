import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadHandbook } from './load.ts';
import { handbookPaths, type HandbookPaths } from './paths.ts';

// The build loads the content model first (src/config.ts), so each mistake below fails the build
// before any page is compiled. A small handbook: the fixtures' catalog, a copy of the real glossary
// and the real strings, and two chapters.
const project = join(import.meta.dirname, '..', '..', '..');
let paths: HandbookPaths;
beforeEach(() => {
	const root = mkdtempSync(join(tmpdir(), 'etom-load-'));
	paths = handbookPaths({ root, i18nDir: join(project, 'content', 'i18n') });
	mkdirSync(join(paths.docsDir, 'operations'), { recursive: true });
	cpSync(join(project, 'test', 'fixtures', 'catalog.yaml'), paths.catalogFile);
	cpSync(join(project, 'content', 'glossary'), paths.glossaryDir, { recursive: true });
	writeFileSync(
		join(paths.docsDir, 'index.mdx'),
		'---\ntitle: Home\n---\n\n<Process id="1.1" />\n\n<Process id="1.1.1" />\n\n<Process id="F" />\n\n<Process id="A" />\n'
	);
	chapter('---\ntitle: Customers\n---\n\nText.\n\n<Process id="1.1.1.5" />\n');
});
afterEach(() => rmSync(paths.root, { recursive: true, force: true }));

/** Writes the chapter operations/crm.mdx. */
function chapter(text: string | Buffer) {
	writeFileSync(join(paths.docsDir, 'operations', 'crm.mdx'), text);
}

const load = () => loadHandbook(paths, '0.0.0');

describe('loading the handbook', () => {
	it('accepts the small handbook as it is', () => {
		expect(load().data.chapters.map((c) => c.file)).toEqual(['index.mdx', 'operations/crm.mdx']);
	});

	it('reads a chapter again when its text changes, and no load shares its chapters with another', () => {
		const ids = () => load().data.chapters[1]!.sections.map((s) => s.id);
		const first = load();
		first.data.chapters[1]!.sections.length = 0;
		expect(ids()).toEqual(['1.1.1.5']);
		chapter('---\ntitle: Customers\n---\n\nText.\n\n<Process id="1.1.1.6" />\n');
		expect(ids()).toEqual(['1.1.1.6']);
	});

	it('reads the sections of a plain Markdown chapter, and fails on a component in one with its line', () => {
		rmSync(join(paths.docsDir, 'operations', 'crm.mdx'));
		const file = join(paths.docsDir, 'operations', 'crm.md');
		writeFileSync(file, '---\ntitle: Customers\n---\n\n<Process id="1.1.1.5" />\n\nText.\n');
		expect(load().data.chapters[1]!.sections).toEqual([
			{ id: '1.1.1.5', slug: 'operations/crm', file: 'operations/crm.md', line: 5 },
		]);
		writeFileSync(file, '---\ntitle: Customers\n---\n\nText.\n\n<Diagram src="flow.mmd" />\n');
		expect(load).toThrow(
			/operations\/crm\.md:7: <Diagram> is a component, and components work in \.mdx chapters only\. Rename the chapter to \.mdx/
		);
	});

	it('fails on a chapter that is not UTF-8, with its line and column', () => {
		chapter(
			Buffer.concat([
				Buffer.from('---\ntitle: Customers\n---\n\nA caf'),
				Buffer.from([0xe9]),
				Buffer.from(' and a shop.\n'),
			])
		);
		expect(load).toThrow(
			/operations\/crm\.mdx:5:6: the file is not UTF-8 text \(byte 0xE9 .*\)\. Save it with the encoding UTF-8/
		);
	});

	it('fails on a chapter without a title, or with an empty one, and shows the frontmatter to add', () => {
		chapter('---\ndescription: No title here.\n---\n\nText.\n');
		expect(load).toThrow(
			/operations\/crm\.mdx:1: the chapter has no title\. Give it one in its frontmatter, between --- lines at the top of the file:\n---\ntitle: <the chapter's title>\n---/
		);
		chapter('Text without any frontmatter.\n');
		expect(load).toThrow(/operations\/crm\.mdx:1: the chapter has no title/);
		chapter('---\ndescription: An empty title.\ntitle: ""\n---\n\nText.\n');
		expect(load).toThrow(/operations\/crm\.mdx:3: the chapter has no title/);
	});

	it('fails on an empty chapter, naming the line where its text should start', () => {
		chapter('---\ntitle: Customers\n---\n\n  \n');
		expect(load).toThrow(
			/operations\/crm\.mdx:4: the chapter is empty\. Write its text below the frontmatter \(a chapter needs both\), or delete the file\./
		);
		chapter('');
		expect(load).toThrow(/operations\/crm\.mdx:1: the chapter is empty/);
	});

	it('fails on an MDX syntax error with its line and column (where MDX noticed it)', () => {
		chapter('---\ntitle: Customers\n---\n\nText.\n\nA brace { that never closes.\n');
		expect(load).toThrow(
			/operations\/crm\.mdx:7:29: MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for `\{`\. Fix the MDX there: close every tag and brace, and write a literal < or \{ as &lt; or \\\{\./
		);
		// A tag left open: MDX names its place only inside the message.
		chapter('---\ntitle: Customers\n---\n\n<Process id="1.1.1.5">\n\nText.\n');
		expect(load).toThrow(
			/operations\/crm\.mdx:5:1: MDX syntax error: Expected a closing tag for `<Process>`\. Fix the MDX there/
		);
	});

	it('fails on frontmatter that is not YAML, with its line and column in the file', () => {
		chapter('---\ntitle: Customers\ndescription: one: two\n---\n\nText.\n');
		expect(load).toThrow(
			/operations\/crm\.mdx:3:14: the frontmatter is not valid YAML \(Nested mappings are not allowed in compact mappings\)\. Fix the YAML between the --- lines\./
		);
	});

	it('fails on a glossary YAML syntax error with its line and column', () => {
		const file = join(paths.glossaryDir, 'en.yaml');
		const text = readFileSync(file, 'utf8').replace('  - term: TOM\n', '  - term: TOM: old\n');
		writeFileSync(file, text);
		const line = text.split('\n').indexOf('  - term: TOM: old') + 1;
		expect(load).toThrow(
			new RegExp(
				`Invalid glossary .*glossary/en\\.yaml:${line}:11: YAML syntax error: Nested mappings are not allowed in compact mappings\\. Fix the YAML there`
			)
		);
	});

	it('fails on a glossary entry that breaks the schema or repeats a term, with its line', () => {
		const file = join(paths.glossaryDir, 'en.yaml');
		const text = readFileSync(file, 'utf8');
		const line = text.split('\n').indexOf('  - term: TOM') + 1;
		writeFileSync(file, text.replace('    expansion: Telecom Operations Map\n', ''));
		expect(load).toThrow(new RegExp(`glossary/en\\.yaml:${line}: terms\\.1\\.expansion: `));
		writeFileSync(file, text.replace('  - term: TOM\n', '  - term: eTOM\n'));
		expect(load).toThrow(
			new RegExp(
				`glossary/en\\.yaml:${line}: "eTOM" is defined twice\\. Keep one entry and delete the other\\.`
			)
		);
	});

	it('fails on a glossary that is not UTF-8', () => {
		const file = join(paths.glossaryDir, 'en.yaml');
		writeFileSync(
			file,
			Buffer.concat([
				readFileSync(file),
				Buffer.from('# na'),
				Buffer.from([0xef, 0x76]),
				Buffer.from('e\n'),
			])
		);
		expect(load).toThrow(/glossary\/en\.yaml:\d+:5: the file is not UTF-8 text \(byte 0xEF /);
	});
});
