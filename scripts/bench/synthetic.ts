import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { loadCatalog, type Process } from '../../src/lib/content/catalog.ts';
import { groupings } from '../../src/lib/content/groupings.ts';
import { handbookPaths, type HandbookPaths } from '../../src/lib/content/paths.ts';
import { anchorFor } from '../../src/lib/content/sections.ts';
import { sourcesFileOf } from '../../src/lib/content/sources.ts';

const real = handbookPaths();
const contentDir = () => join(real.root, 'content');

/**
 * Writes the Astro configuration of a benchmark project at `root`: the handbook's configuration
 * (src/config.ts) with that root, the real glossary, strings and diagrams unless `paths` says
 * otherwise, cold caches and no PDFs unless `pdf` asks for them (they are measured on their own).
 */
export function writeHandbookProject(
	root: string,
	paths: Partial<HandbookPaths> = {},
	pdf: 'auto' | false = false
): void {
	mkdirSync(root, { recursive: true });
	const options = {
		root,
		docsDir: real.docsDir,
		catalogFile: real.catalogFile,
		glossaryDir: real.glossaryDir,
		i18nDir: real.i18nDir,
		diagramsDir: real.diagramsDir,
		...paths,
		pdf,
		socialCacheDir: join(root, 'social-cache'),
	};
	const config = join(real.root, 'src', 'config.ts');
	writeFileSync(
		join(root, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport { handbookConfig } from ${JSON.stringify(config)};\nexport default defineConfig(handbookConfig(${JSON.stringify(options)}));\n`
	);
}

/**
 * Synthetic handbooks shaped like the real one, for the benchmark: `count` Level-3 processes spread
 * over the 30 core Operations Level-2 processes, one page each, grouped in a folder per Level-2
 * process whose index page holds its section. The same pages are written twice as Markdown (.md,
 * as vanilla Starlight's are): with the handbook's catalog tags, which work in .md chapters too (a
 * page that needs no component need not be MDX), and with plain headings and links for a vanilla
 * Starlight site, so both builds do the same work.
 */
export interface SyntheticPage {
	/** Path under the docs folder. */
	file: string;
	handbook: string;
	vanilla: string;
}

const words =
	'service order customer network resource partner billing usage fault ticket quality agreement activation inventory settlement invoice payment provisioning assurance readiness'.split(
		' '
	);

/** Deterministic filler prose (a linear congruential generator, so every run writes the same text). */
function prose(seed: number, count: number): string {
	let x = seed;
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		x = (x * 1103515245 + 12345) % 2147483648;
		out.push(words[x % words.length]!);
		if (i % 14 === 13) out.push('.\n');
	}
	return out.join(' ').replace(/ \.\n /g, '.\n');
}

const folderOf = (p: Process) => `operations/p-${p.id.replaceAll('.', '-')}`;
const fm = (title: string, order?: number) =>
	`---\ntitle: "${title}"\n${order === undefined ? '' : `sidebar:\n  order: ${order}\n`}---\n\n`;

function syntheticPages(count: number): { pages: SyntheticPage[]; processes: Process[] } {
	const catalog = loadCatalog(real.catalogFile);
	const parents = catalog.processes.filter(
		(p) => p.area === '1.1' && p.level === 2 && p.scope === 'core'
	);
	const processes: Process[] = [];
	const pages: SyntheticPage[] = [];
	parents.forEach((parent, i) => {
		const text = prose(i + 1, 120);
		pages.push({
			file: `${folderOf(parent)}/index.md`,
			handbook: `${fm(parent.name, i)}<Process id="${parent.id}" />\n\n${text}\n`,
			vanilla: `${fm(parent.name, i)}## ${parent.id} ${parent.name}\n\n${text}\n`,
		});
	});
	for (let k = 0; k < count; k++) {
		const parent = parents[k % parents.length]!;
		const id = `${parent.id}.${100 + Math.floor(k / parents.length)}`;
		const name = `Synthetic Step ${k + 1} of ${parent.name}`;
		const process: Process = {
			id,
			name,
			level: 3,
			parent: parent.id,
			area: '1.1',
			cells: [],
			release: 'synthetic',
			idStatus: 'confirmed',
			scope: 'core',
			aliases: [],
			terms: [],
			summary: `A synthetic Level-3 process number ${k + 1}, for the benchmark only.`,
		};
		processes.push(process);
		const sibling = parents[(k + 1) % parents.length]!;
		const text = prose(k + 101, 300);
		const file = `${folderOf(parent)}/${id.replaceAll('.', '-')}.md`;
		pages.push({
			file,
			handbook: `${fm(name)}<Process id="${id}" />\n\nPart of <ProcessLink id="${parent.id}" />, next to <ProcessLink id="${sibling.id}" />.\n\n${text}\n`,
			vanilla: `${fm(name)}## ${id} ${name}\n\nPart of [${parent.name}](/${folderOf(parent)}/#${anchorFor(parent.id)}), next to [${sibling.name}](/${folderOf(sibling)}/#${anchorFor(sibling.id)}).\n\n${text}\n`,
		});
	}
	return { pages, processes };
}

/** Writes a handbook project at `root`: a catalog with the synthetic processes, and their pages. */
export function writeSyntheticHandbook(root: string, count: number): number {
	const dir = join(root, 'content');
	writeHandbookProject(root, {
		docsDir: join(dir, 'docs'),
		catalogFile: join(dir, 'catalog', 'processes.yaml'),
	});
	const { pages, processes } = syntheticPages(count);
	const catalogText = readFileSync(join(contentDir(), 'catalog', 'processes.yaml'), 'utf8');
	const catalog = parseYaml(catalogText) as { processes: unknown[] };
	catalog.processes.push(
		...processes.map(({ cells: _cells, aliases: _aliases, scope: _scope, ...p }) => p)
	);
	mkdirSync(join(dir, 'catalog'), { recursive: true });
	writeFileSync(join(dir, 'catalog', 'processes.yaml'), stringifyYaml(catalog));
	// The catalog's source citations are checked against the list beside it (sources.ts).
	copyFileSync(
		sourcesFileOf(real.catalogFile),
		sourcesFileOf(join(dir, 'catalog', 'processes.yaml'))
	);
	mkdirSync(join(dir, 'docs'), { recursive: true });
	// The areas and groupings need a chapter, as in the real book; one page holds them all.
	const sectionsOnIndex = groupings(loadCatalog(real.catalogFile))
		.map((g) => `<Process id="${g.id}" />`)
		.join('\n\n');
	writeFileSync(
		join(dir, 'docs', 'index.md'),
		`${fm('Synthetic handbook')}A handbook of ${count} synthetic Level-3 processes.\n\n${sectionsOnIndex}\n`
	);
	// Inferred ids link to the sources appendix (see remark-process.ts), as in the real book.
	mkdirSync(join(dir, 'docs', 'appendices'), { recursive: true });
	writeFileSync(
		join(dir, 'docs', 'appendices', 'sources-and-confidence.md'),
		`${fm('Sources and confidence')}## Inferred and single-source ids\n\nHow the ids were checked.\n`
	);
	for (const page of pages) {
		const file = join(dir, 'docs', page.file);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, page.handbook);
	}
	return pages.length + 1;
}

/**
 * Writes a vanilla Starlight project at `root` with the same pages as plain Markdown: Starlight's
 * own loader and schema, pages in src/content/docs. Build it with scripts/bench/vanilla.config.mjs.
 */
export function writeVanillaSource(root: string, count: number): number {
	// Its configuration is scripts/bench/vanilla.config.mjs, copied in as the project's own.
	mkdirSync(root, { recursive: true });
	copyFileSync(join(import.meta.dirname, 'vanilla.config.mjs'), join(root, 'astro.config.mjs'));
	const srcDir = join(root, 'src');
	const { pages } = syntheticPages(count);
	const docs = join(srcDir, 'content', 'docs');
	mkdirSync(docs, { recursive: true });
	writeFileSync(
		join(srcDir, 'content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n"
	);
	writeFileSync(
		join(docs, 'index.md'),
		`${fm('Synthetic handbook')}A handbook of ${count} synthetic Level-3 processes.\n`
	);
	for (const page of pages) {
		const file = join(docs, page.file);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, page.vanilla);
	}
	return pages.length + 1;
}
