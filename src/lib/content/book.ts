import { label, type StringTables } from '../i18n/strings.ts';
import type { ChapterSource } from './chapters.ts';
import { slugOf } from './sections.ts';

/** The parts of the book, in reading order: a folder under content/docs and a UI string each. */
export const parts = ['introduction', 'operations', 'flows', 'sip', 'enterprise', 'appendices'] as const;

export interface Chapter {
	part: (typeof parts)[number];
	slug: string;
	order: number;
	title: string;
	/** The folder of a chapter inside a part's sub-folder (e.g. `operations/crm`), if it is in one. */
	group?: string;
}

/**
 * A part as a tree: chapters, and sub-folders whose `index` page introduces the chapters inside
 * them (deep levels, such as one page per Level-3 process, live in sub-folders).
 */
type Node = { kind: 'chapter'; chapter: Chapter } | { kind: 'folder'; path: string; index?: Chapter; children: Node[] };

/** The `sidebar.order` and title of a chapter, from its frontmatter. */
function chapterOf(part: Chapter['part'], source: ChapterSource): Chapter {
	const { file } = source;
	const data = source.data as { title?: string; sidebar?: { order?: number } };
	const folder = file.split('/').slice(0, -1).join('/');
	const chapter: Chapter = { part, slug: slugOf(file), order: data.sidebar?.order ?? Number.MAX_SAFE_INTEGER, title: data.title ?? file };
	return folder.includes('/') ? { ...chapter, group: folder } : chapter;
}

const orderOf = (n: Node) => (n.kind === 'chapter' ? n.chapter : n.index) ?? { order: Number.MAX_SAFE_INTEGER, title: n.kind === 'folder' ? n.path : '' };
const byOrder = (a: Node, b: Node) => orderOf(a).order - orderOf(b).order || orderOf(a).title.localeCompare(orderOf(b).title);

/** The tree of one folder of a part. */
function tree(part: Chapter['part'], folder: string, sources: ChapterSource[]): Node[] {
	const nodes: Node[] = [];
	const subfolders = new Map<string, ChapterSource[]>();
	for (const source of sources) {
		const rest = source.file.slice(folder.length + 1);
		if (!rest.includes('/')) {
			nodes.push({ kind: 'chapter', chapter: chapterOf(part, source) });
		} else {
			const path = `${folder}/${rest.split('/')[0]}`;
			subfolders.set(path, [...(subfolders.get(path) ?? []), source]);
		}
	}
	for (const [path, inside] of subfolders) {
		const children = tree(part, path, inside);
		const indexNode = children.find((c) => c.kind === 'chapter' && c.chapter.slug === slugOf(`${path}/index.md`));
		nodes.push({
			kind: 'folder',
			path,
			index: indexNode?.kind === 'chapter' ? indexNode.chapter : undefined,
			children: children.filter((c) => c !== indexNode),
		});
	}
	return nodes.sort(byOrder);
}

function partTrees(sources: ChapterSource[]): { part: Chapter['part']; nodes: Node[] }[] {
	return parts.map((part) => ({ part, nodes: tree(part, part, sources.filter((s) => s.file.startsWith(`${part}/`))) }));
}

const flatten = (nodes: Node[]): Chapter[] =>
	nodes.flatMap((n) => (n.kind === 'chapter' ? [n.chapter] : [...(n.index ? [n.index] : []), ...flatten(n.children)]));

/** The chapters of the book in reading order: by part, then `sidebar.order`, then title; a folder's index before its pages. */
export function readingOrder(sources: ChapterSource[]): Chapter[] {
	return partTrees(sources).flatMap(({ nodes }) => flatten(nodes));
}

/** An item of Starlight's sidebar configuration, as the handbook writes it. */
export type SidebarItem =
	| { slug: string }
	| { label: string; translations?: Record<string, string>; link: string }
	| { label: string; translations?: Record<string, string>; collapsed?: boolean; items: SidebarItem[] };

const sidebarItems = (nodes: Node[]): SidebarItem[] =>
	nodes.map((n) =>
		n.kind === 'chapter'
			? { slug: n.chapter.slug }
			: { label: n.index?.title ?? n.path, collapsed: true, items: [...(n.index ? [{ slug: n.index.slug }] : []), ...sidebarItems(n.children)] }
	);

/**
 * Starlight's sidebar, one group per part, and a collapsed group per sub-folder. Starlight's
 * `autogenerate` cannot be used: it finds a chapter's folder from its path under
 * src/content/docs, and the chapters live in content/docs. Entries are `slug` links, so Starlight
 * still takes their labels from the chapters and localises them.
 */
export function sidebar(sources: ChapterSource[], strings: StringTables): SidebarItem[] {
	return partTrees(sources)
		.map(({ part, nodes }) => ({
			...label(strings, `etom.part.${part}`),
			items: [
				...sidebarItems(nodes),
				// The print edition (and its PDFs) closes the book's last group.
				...(part === 'appendices' ? [{ ...label(strings, 'etom.print.sidebar'), link: '/print/' }] : []),
			],
		}))
		.filter((group) => group.items.length > 0);
}
