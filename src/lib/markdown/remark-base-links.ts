import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Lets chapters link to other pages by their site path (`/operations/crm/`) and still work when the
 * site is deployed under a sub-path: root-relative Markdown links get the base path in front.
 */
export function remarkBaseLinks({ base = '/' }: { base?: string } = {}) {
	const root = base.endsWith('/') ? base : `${base}/`;
	return (tree: Root) => {
		if (root === '/') return;
		visit(tree, 'link', (node) => {
			if (node.url.startsWith('/') && !node.url.startsWith('//') && !node.url.startsWith(root)) {
				node.url = `${root}${node.url.slice(1)}`;
			}
		});
	};
}
