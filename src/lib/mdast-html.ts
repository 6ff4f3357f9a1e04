import type { Element } from 'hast';
import type { Nodes } from 'mdast';

/**
 * Ready-made HTML inside a Markdown tree: mdast-util-to-hast turns the node into `element`
 * (its tag, properties and children), which works in MDX, where raw HTML nodes do not.
 */
export function htmlBlock(element: Element): Nodes {
	return {
		type: 'paragraph',
		children: [],
		data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children },
	} as Nodes;
}
