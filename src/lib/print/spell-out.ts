import type { Element, Root, RootContent } from 'hast';

/** Where an acronym is not spelled out: a heading or caption stays as short as it is on screen. */
const notHere = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'caption', 'svg']);

const textOf = (node: RootContent): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/**
 * On paper no one can hover over an acronym to read its title: the first use of each acronym in a
 * chapter (its first `<abbr title>` outside headings and captions) is followed by its expansion in
 * brackets, "SLA (Service Level Agreement)", unless the text already gives the expansion right
 * before or after it, as in "Service Level Agreement (SLA)".
 */
export function spellOutAbbreviations(tree: Root): void {
	const done = new Set<string>();
	let before = '';
	const walk = (parent: Element | Root) => {
		const children = parent.children as RootContent[];
		for (let i = 0; i < children.length; i++) {
			const node = children[i]!;
			if (node.type === 'text') before = (before + node.value).slice(-160);
			if (node.type !== 'element' || notHere.has(node.tagName)) continue;
			const expansion = node.properties.title;
			if (node.tagName !== 'abbr' || typeof expansion !== 'string') {
				walk(node);
				continue;
			}
			const term = textOf(node);
			before = (before + term).slice(-160);
			if (done.has(term)) continue;
			done.add(term);
			const next = children[i + 1];
			const after = next?.type === 'text' ? next.value.slice(0, expansion.length + 4) : '';
			const given = (s: string) => s.toLowerCase().includes(expansion.toLowerCase());
			if (given(before.slice(0, -term.length)) || given(after)) continue;
			children.splice(i + 1, 0, { type: 'text', value: ` (${expansion})` });
			i++;
		}
	};
	walk(tree);
}
