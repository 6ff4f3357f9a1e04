import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { localePrefix } from '../i18n/locales.ts';
import { siteRoot } from '../base-path.ts';

export interface RemarkBaseLinksOptions {
	base?: string;
	/**
	 * The edition of the chapter being compiled and whether a site path is a page every edition has
	 * (a chapter, the print book): a translated chapter's links to those stay in its language
	 * (`/flows/` -> `/es/flows/`); links to files (PDFs) and other pages do not.
	 */
	edition?: (file: VFile) => { lang: string; isChapter: (path: string) => boolean };
}

/**
 * Lets chapters link to other pages by their site path (`/operations/crm/`) and still work when the
 * site is deployed under a sub-path, and in every edition: root-relative Markdown links get the base
 * path, and links to chapters the edition's prefix, in front.
 */
export function remarkBaseLinks({ base = '/', edition }: RemarkBaseLinksOptions = {}) {
	const root = siteRoot(base);
	return (tree: Root, file?: VFile) => {
		const { lang, isChapter } = (file && edition?.(file)) || { lang: '', isChapter: () => false };
		const prefix = lang ? localePrefix(lang) : '';
		if (root === '/' && !prefix) return;
		visit(tree, 'link', (node) => {
			if (
				!node.url.startsWith('/') ||
				node.url.startsWith('//') ||
				(node.url.startsWith(root) && root !== '/')
			)
				return;
			const path = node.url.slice(1);
			// Links the catalog tags made are in the edition already.
			const inEdition =
				prefix && !path.startsWith(prefix) && isChapter(path.split('#')[0]!) ? prefix : '';
			node.url = `${root}${inEdition}${path}`;
		});
	};
}
