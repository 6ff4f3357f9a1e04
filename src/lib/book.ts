import { join } from 'node:path';
import { readChapterFile } from './frontmatter.ts';
import { docsDir } from './paths.ts';
import { listDocs, slugOf } from './sections.ts';
import { label } from './site-strings.ts';

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

/** The `sidebar.order` and title of a chapter, read from its frontmatter. */
function readChapter(dir: string, part: Chapter['part'], file: string): Chapter {
	const data = readChapterFile(join(dir, file)).data as { title?: string; sidebar?: { order?: number } };
	const folder = file.split('/').slice(0, -1).join('/');
	const chapter: Chapter = { part, slug: slugOf(file), order: data.sidebar?.order ?? Number.MAX_SAFE_INTEGER, title: data.title ?? file };
	return folder.includes('/') ? { ...chapter, group: folder } : chapter;
}

const orderOf = (n: Node) => (n.kind === 'chapter' ? n.chapter : n.index) ?? { order: Number.MAX_SAFE_INTEGER, title: n.kind === 'folder' ? n.path : '' };
const byOrder = (a: Node, b: Node) => orderOf(a).order - orderOf(b).order || orderOf(a).title.localeCompare(orderOf(b).title);

/** The tree of one folder of a part: `files` are paths under the docs folder. */
function tree(dir: string, part: Chapter['part'], folder: string, files: string[]): Node[] {
	const nodes: Node[] = [];
	const subfolders = new Set<string>();
	for (const file of files) {
		const rest = file.slice(folder.length + 1);
		if (!rest.includes('/')) {
			nodes.push({ kind: 'chapter', chapter: readChapter(dir, part, file) });
		} else {
			subfolders.add(`${folder}/${rest.split('/')[0]}`);
		}
	}
	for (const path of subfolders) {
		const inside = files.filter((f) => f.startsWith(`${path}/`));
		const children = tree(dir, part, path, inside);
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

function partTrees(dir: string): { part: Chapter['part']; nodes: Node[] }[] {
	const docs = listDocs(dir);
	return parts.map((part) => ({ part, nodes: tree(dir, part, part, docs.filter((f) => f.startsWith(`${part}/`))) }));
}

const flatten = (nodes: Node[]): Chapter[] =>
	nodes.flatMap((n) => (n.kind === 'chapter' ? [n.chapter] : [...(n.index ? [n.index] : []), ...flatten(n.children)]));

/** The chapters of the book in reading order: by part, then `sidebar.order`, then title; a folder's index before its pages. */
export function chapters(dir: string = docsDir()): Chapter[] {
	return partTrees(dir).flatMap(({ nodes }) => flatten(nodes));
}

type SidebarItem = { slug: string } | { label: string; link: string } | { label: string; collapsed: boolean; items: SidebarItem[] };

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
export function sidebar(dir: string = docsDir()) {
	return partTrees(dir)
		.map(({ part, nodes }) => ({
			...label(`etom.part.${part}`),
			items: [
				...sidebarItems(nodes),
				// The print edition (and its PDFs) closes the book's last group.
				...(part === 'appendices' ? [{ ...label('etom.print.sidebar'), link: '/print/' }] : []),
			],
		}))
		.filter((group) => group.items.length > 0);
}
