import type { Html, Nodes, Parent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/** The catalog tags a plain Markdown (.md) chapter may use; every other component needs MDX. */
const catalogTags = new Set(['Process', 'ProcessLink']);

/** A tag in a .md chapter that cannot be read, with the line where it is. */
export class HtmlTagError extends Error {
	readonly line: number | undefined;
	constructor(line: number | undefined, message: string) {
		super(message);
		this.name = 'HtmlTagError';
		this.line = line;
	}
}

const tagPattern = /^<(\/?)([A-Z][A-Za-z0-9]*)((?:\s+[^\s=/>]+(?:="[^"]*"|='[^']*')?)*)\s*(\/?)>$/;
const attributePattern = /([^\s=/>]+)(?:="([^"]*)"|='([^']*)')?/g;

interface Tag {
	name: string;
	closing: boolean;
	selfClosing: boolean;
	attributes: MdxJsxAttribute[];
}

/** Reads one tag written alone in an HTML node (`<Process id="1.1.1" />`); undefined for other HTML. */
function readTag(node: Html): Tag | undefined {
	const value = node.value.trim();
	if (!/^<\/?[A-Z]/.test(value)) return undefined;
	const line = node.position?.start.line;
	const match = tagPattern.exec(value);
	if (!match)
		throw new HtmlTagError(
			line,
			`cannot read the tag ${value.split('\n')[0]}. In a .md chapter a tag stands alone and its attributes are quoted strings, e.g. <Process id="1.1.1.5" />; for anything more, rename the chapter to .mdx.`
		);
	const [, slash, name, attributeText, selfClosing] = match as unknown as [
		string,
		string,
		string,
		string,
		string,
	];
	if (!catalogTags.has(name))
		throw new HtmlTagError(
			line,
			`<${name}> is a component, and components work in .mdx chapters only. Rename the chapter to .mdx, or use one of the catalog tags (<Process>, <ProcessLink>).`
		);
	const attributes = [...attributeText.matchAll(attributePattern)].map(
		([, attribute, double, single]): MdxJsxAttribute => ({
			type: 'mdxJsxAttribute',
			name: attribute!,
			value: double ?? single ?? null,
		})
	);
	return { name, closing: slash === '/', selfClosing: selfClosing === '/', attributes };
}

/**
 * Plain Markdown chapters (.md) may use the catalog tags too. CommonMark reads `<Process id="..." />`
 * as raw HTML; this turns each into the JSX node MDX would have made (flow or text, with its
 * attributes, and `<ProcessLink id="...">text</ProcessLink>` with its children), so the content model
 * and the remark plugins treat both kinds of chapter alike. A .md chapter renders when the content
 * syncs, without a page module of its own: a chapter that needs no component builds several times
 * faster than the same chapter as .mdx. Any other component tag fails with its line: it needs MDX.
 */
export function jsxFromHtmlTags(tree: Root): void {
	visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
		// CommonMark reads a tag it cannot parse as HTML (an unquoted or braced value) as text.
		if (node.type === 'text' && /<\/?(?:Process|ProcessLink)\b/.test(node.value))
			throw new HtmlTagError(
				node.position?.start.line,
				`cannot read the tag in "${node.value.trim().slice(0, 60)}". In a .md chapter a tag's attributes are quoted strings, e.g. <Process id="1.1.1.5" />.`
			);
		if (node.type !== 'html' || index === undefined || !parent) return undefined;
		const tag = readTag(node);
		if (!tag) return undefined;
		const line = node.position?.start.line;
		const flow =
			parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem';
		const element = {
			type: flow ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
			name: tag.name,
			attributes: tag.attributes,
			children: [] as RootContent[],
			position: node.position,
		};
		if (tag.closing)
			throw new HtmlTagError(line, `</${tag.name}> closes a tag that was never opened.`);
		if (!tag.selfClosing) {
			// An open tag: its children run up to the closing tag, in the same paragraph.
			const close = parent.children.findIndex(
				(sibling, at) =>
					at > index && sibling.type === 'html' && sibling.value.trim() === `</${tag.name}>`
			);
			if (flow || close === -1)
				throw new HtmlTagError(
					line,
					`<${tag.name}> is never closed. Close it in the same paragraph (<${tag.name} id="...">text</${tag.name}>), or write it as <${tag.name} ... />.`
				);
			element.children = parent.children.slice(index + 1, close) as RootContent[];
			parent.children.splice(index, close - index + 1, element as never);
			return index + 1;
		}
		parent.children.splice(index, 1, element as never);
		return index + 1;
	});
}
