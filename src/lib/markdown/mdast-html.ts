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

/**
 * An HTML string inside an MDX tree, as `<Fragment set:html={"..."} />`: Astro writes it to the page
 * as it is. Used where the HTML must not be re-parsed (inline SVG with its own <style>, which the
 * MDX pipeline would otherwise turn into an attribute).
 */
export function rawHtml(html: string): Nodes {
	return {
		type: 'mdxJsxFlowElement',
		name: 'Fragment',
		attributes: [
			{
				type: 'mdxJsxAttribute',
				name: 'set:html',
				value: {
					type: 'mdxJsxAttributeValueExpression',
					value: JSON.stringify(html),
					data: {
						estree: {
							type: 'Program',
							sourceType: 'module',
							body: [
								{
									type: 'ExpressionStatement',
									expression: { type: 'Literal', value: html, raw: JSON.stringify(html) },
								},
							],
						},
					},
				},
			},
		],
		children: [],
	} as Nodes;
}
