import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Heading, Link, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Catalog, Process, Vertical } from '../content/catalog.ts';
import { isJsxElement, jsxAttribute, type JsxElement } from '../content/chapters.ts';
import type { Handbook } from '../content/model.ts';
import { displayPath } from '../content/paths.ts';
import type { LocalRecord } from '../content/catalog-translation.ts';
import { anchorFor } from '../content/sections.ts';
import { editionRoot } from '../i18n/locales.ts';
import type { Translate } from '../i18n/strings.ts';
import { langOfFile } from './file-lang.ts';
import { htmlBlock } from './mdast-html.ts';
import { PAGEFIND_WEIGHT } from '../search/tuning.ts';

export interface RemarkProcessOptions {
	/** The content model of the current build (a getter: the dev server refreshes it). */
	handbook: () => Handbook;
	/** The site's base path, for links between chapters. */
	base?: string;
}

/** An authoring mistake in a chapter, reported as `file:line: problem. fix`. */
export class ChapterError extends Error {
	constructor(file: VFile, node: Nodes, problem: string) {
		const path = file.path ? displayPath(file.path) : '<unknown file>';
		const line = node.position?.start.line;
		super(`${path}${line ? `:${line}` : ''}: ${problem}`);
		this.name = 'ChapterError';
	}
}

/**
 * Turns the handbook's two catalog tags into plain Markdown before MDX compiles them, so that
 * process headings are real headings (they reach Starlight's table of contents and Pagefind) and
 * chapters need no imports:
 *
 * - `<Process id="1.1.1.5" />` becomes a heading with a stable anchor, the id and the catalog name,
 *   followed by a facts box (matrix cell, id status, earlier names, Level-3 processes).
 * - `<ProcessLink id="1.1.1.5" />` becomes a link to that process's section, wherever it lives;
 *   its text is the catalog name unless the tag has children.
 */
export function remarkProcess(options: RemarkProcessOptions) {
	const base = options.base ?? '/';
	return (tree: Root, file: VFile) => {
		const handbook = options.handbook();
		const { catalog, sections } = handbook;
		const lang = langOfFile(handbook, file);
		const t = handbook.t(lang);
		const local = (id: string) => handbook.local(id, lang);

		const attr = (node: JsxElement, name: string): string | undefined => {
			const value = jsxAttribute(node, name);
			if (value === null) {
				throw new ChapterError(
					file,
					node,
					`<${node.name} ${name}=...> must be a plain string, e.g. ${name}="1.1.1.5".`
				);
			}
			return value;
		};

		const lookup = (node: JsxElement): Process | Vertical => {
			const id = attr(node, 'id');
			if (!id)
				throw new ChapterError(
					file,
					node,
					`<${node.name}> needs an id, e.g. <${node.name} id="1.1.1.5" />.`
				);
			const found = catalog.byId(id) ?? catalog.vertical(id);
			if (!found) {
				throw new ChapterError(
					file,
					node,
					`unknown process id "${id}" in <${node.name}>. Use an id from content/catalog/processes.yaml (a process id such as "1.1.1.5" or a vertical key such as "F").`
				);
			}
			return found;
		};

		const linkTo = (id: string, node: JsxElement): string => {
			const section = sections.get(id);
			if (!section) {
				throw new ChapterError(
					file,
					node,
					`process "${id}" has no <Process id="${id}" /> section in any chapter, so there is nothing to link to. Add the section or remove the link.`
				);
			}
			return handbook.sectionHref(id, base, lang)!;
		};

		visit(tree, (visited, i, parent: Parent | undefined) => {
			if (!isJsxElement(visited as Nodes) || i === undefined || !parent) return;
			const node = visited as JsxElement;
			if (node.name === 'ProcessLink') {
				const entry = lookup(node);
				const id = 'id' in entry ? entry.id : entry.key;
				const children =
					node.children.length > 0
						? (node.children as PhrasingContent[])
						: [{ type: 'text' as const, value: entry.name }];
				const link: Link = {
					type: 'link',
					url: linkTo(id, node),
					children,
					// Search finds a process at its own section, not at every page that mentions it.
					data: {
						hProperties: { className: ['process-link'], dataProcessId: id, dataPagefindIgnore: '' },
					},
				};
				parent.children.splice(i, 1, link as never);
				return [SKIP, i + 1];
			}
			if (node.name === 'Process') {
				const entry = lookup(node);
				const depthAttr = attr(node, 'depth');
				const depth = depthAttr ? Number(depthAttr) : 2;
				if (![2, 3, 4].includes(depth))
					throw new ChapterError(file, node, `<Process depth="${depthAttr}"> must be 2, 3 or 4.`);
				// Lists inside a section link to the sections that exist; whether every process has one is
				// checked by the content tests, so that a half-written book still builds.
				const links: Links = {
					section: (id) => (sections.has(id) ? linkTo(id, node) : undefined),
					marker: marker(editionRoot(base, lang), t),
					t,
					local,
				};
				const nodes =
					'id' in entry
						? processSection(entry, depth, catalog, t, links)
						: verticalSection(entry, depth, catalog, t, links);
				parent.children.splice(i, 1, ...(nodes as never[]));
				return [SKIP, i + nodes.length];
			}
			return undefined;
		});
	};
}

/**
 * Where an inferred id's marker leads: the appendix that explains how ids were checked. The build's
 * link check fails if the appendix or its heading is renamed without this.
 */
export const inferredIdsPage = 'appendices/sources-and-confidence/#inferred-and-single-source-ids';

/** The small marker after an inferred id, linking to the appendix that lists them (in the edition at `root`). */
const marker = (root: string, t: Translate): Link => ({
	type: 'link',
	url: `${root}${inferredIdsPage}`,
	title: t('etom.process.inferredMarker'),
	children: [{ type: 'text', value: '†' }],
	data: {
		hProperties: {
			className: ['id-marker'],
			ariaLabel: t('etom.process.inferredMarker'),
			dataPagefindIgnore: '',
		},
	},
});

function heading(
	depth: number,
	anchor: string,
	label: string | undefined,
	name: string,
	data: Record<string, string>,
	idMarker?: Link
): Heading {
	const children: PhrasingContent[] = [];
	if (label) {
		children.push({
			type: 'emphasis',
			children: [{ type: 'text', value: label }],
			data: { hName: 'span', hProperties: { className: ['process-id'] } },
		});
		if (idMarker) children.push(idMarker);
		children.push({ type: 'text', value: ' ' });
	}
	children.push({ type: 'text', value: name });
	return {
		type: 'heading',
		depth: depth as Heading['depth'],
		children,
		// Process names and ids weigh most in search (Pagefind's highest weight).
		data: {
			hProperties: {
				id: anchor,
				className: ['process-heading'],
				dataPagefindWeight: PAGEFIND_WEIGHT.processHeading,
				...data,
			},
		},
	};
}

/**
 * A row of a fact box; left out of the search index unless `searchable` (earlier names are), and
 * then its label still is: it is the same in every fact box and would only fill the excerpts.
 */
const fact = (term: string, value: ElementContent | string, searchable = false) =>
	searchable
		? h('div', [h('dt', { dataPagefindIgnore: '' }, term), h('dd', value)])
		: h('div', { dataPagefindIgnore: '' }, [h('dt', term), h('dd', value)]);

/**
 * A process's everyday terms, comma-separated, weighted so that search finds the section by them
 * (and the ranking recognises a match in them: `PAGEFIND_WEIGHT.everydayTerm`).
 */
const terms = (list: string[]) =>
	h(
		'span',
		{ className: ['process-terms'], dataPagefindWeight: PAGEFIND_WEIGHT.everydayTerm },
		list.join(', ')
	);

/** A process's everyday terms in the edition: its own language's where it has them. */
const termsOf = (p: Process, links: Links) =>
	links.local(p.id)?.terms ?? p.terms.map((t) => t.term);

/** The edition's name of a process: weighted like an everyday term, so search finds the section by it. */
const localNameElement = (name: string) =>
	h(
		'span',
		{ className: ['process-local-name'], dataPagefindWeight: PAGEFIND_WEIGHT.everydayTerm },
		name
	);

type MaybeLink = (id: string) => string | undefined;

/** How a section renders links (to other sections, and the inferred-id marker) and labels. */
interface Links {
	section: MaybeLink;
	marker: Link;
	t: Translate;
	/** A record's text in the page's edition (none in English). */
	local: (id: string) => LocalRecord | undefined;
}

/** The marker as an element of a fact box, for an inferred id. */
const markerElement = (m: Link): Element =>
	h(
		'a',
		{
			href: m.url,
			className: ['id-marker'],
			title: m.title ?? undefined,
			ariaLabel: m.title ?? undefined,
			dataPagefindIgnore: '',
		},
		'†'
	);

/**
 * A list of processes, each linked to its section where it has one. Level-3 processes, which have
 * no sections, come with their one-line description.
 */
const processList = (processes: Process[], links: Links) =>
	h(
		'ul',
		processes.map((p) => {
			const text = `${p.id} ${p.name}`;
			const href = links.section(p.id);
			const name = href ? h('a', { href }, text) : p.level >= 3 ? h('strong', text) : text;
			const inferred = p.idStatus === 'inferred' ? [markerElement(links.marker)] : [];
			// The description is for reading: search finds a Level-3 process by its name and id, and
			// descriptions full of common words would pull these fact boxes above the pages that own them.
			const description =
				p.level >= 3
					? [h('span', { dataPagefindIgnore: '' }, `: ${links.local(p.id)?.summary ?? p.summary}`)]
					: [];
			// A Level-3 process's everyday terms: found here, at the section of its parent. A Level-2
			// process shows its own in its section.
			const everyday =
				p.level >= 3 && termsOf(p, links).length > 0
					? [
							h('span', { dataPagefindIgnore: '' }, ` ${links.t('etom.process.terms')}: `),
							terms(termsOf(p, links)),
							'.',
						]
					: [];
			return h('li', [name, ...inferred, ...description, ...everyday]);
		})
	);

function processSection(
	p: Process,
	depth: number,
	catalog: Catalog,
	t: Translate,
	links: Links
): Nodes[] {
	const facts: Element[] = [];
	// The official English name is the heading in every edition; the edition's rendering sits beside
	// it, searchable, so a reader finds the section by either.
	const localName = links.local(p.id)?.local;
	if (localName) facts.push(fact(t('etom.process.localName'), localNameElement(localName), true));
	const chain = catalog.ancestors(p.id);
	facts.push(
		fact(
			t('etom.process.place'),
			[...chain.map((a) => a.name), t('etom.process.level', { level: p.level })].join(' › ')
		)
	);
	if (p.cells.length > 0) {
		const names = p.cells.map((key) => catalog.vertical(key)?.name ?? key);
		const row = chain.at(-1);
		facts.push(fact(t('etom.process.cell'), `${row?.abbr ?? row?.name} × ${names.join(' + ')}`));
	}
	if (p.scope === 'later') facts.push(fact(t('etom.process.cell'), t('etom.process.later')));
	facts.push(fact(t('etom.process.release'), p.release));
	if (p.aliases.length > 0) {
		// An earlier name weighs as much as an everyday term: it finds this section; its note does not.
		const aliases = p.aliases.flatMap((a, i) => [
			...(i > 0 ? ['; '] : []),
			h('span', { dataPagefindWeight: PAGEFIND_WEIGHT.everydayTerm }, a.name),
			` (${a.note})`,
		]);
		facts.push(fact(t('etom.process.aliases'), h('span', aliases), true));
	}
	if (termsOf(p, links).length > 0)
		facts.push(fact(t('etom.process.terms'), terms(termsOf(p, links)), true));
	const children = catalog.children(p.id);
	if (children.length > 0) {
		const label =
			p.level >= 2 ? t('etom.process.level3') : t('etom.process.children', { level: p.level + 1 });
		// Level-3 processes have no sections of their own, so search finds them here; Level-1 and
		// Level-2 children are found at their own sections.
		facts.push(fact(label, processList(children, links), p.level >= 2));
	}
	return [
		heading(
			depth,
			anchorFor(p.id),
			p.id,
			p.name,
			{ dataProcessId: p.id, dataIdStatus: p.idStatus },
			p.idStatus === 'inferred' ? links.marker : undefined
		),
		htmlBlock(h('dl', { className: ['process-facts'] }, facts)),
	];
}

function verticalSection(
	v: Vertical,
	depth: number,
	catalog: Catalog,
	t: Translate,
	links: Links
): Nodes[] {
	const members = catalog.processes.filter((p) => p.scope === 'core' && p.cells.includes(v.key));
	const area = catalog.byId(v.area);
	const localName = links.local(v.key)?.local;
	const facts: Element[] = [
		...(localName ? [fact(t('etom.process.localName'), localNameElement(localName), true)] : []),
		fact(t('etom.process.place'), `${area?.name} › ${t('etom.vertical.label')}`),
	];
	facts.push(fact(t('etom.vertical.members'), processList(members, links)));
	return [
		heading(depth, anchorFor(v.key), undefined, v.abbr ? `${v.name} (${v.abbr})` : v.name, {
			dataVertical: v.key,
		}),
		htmlBlock(h('dl', { className: ['process-facts'] }, facts)),
	];
}
