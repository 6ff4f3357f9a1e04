import type { Element, Text } from 'hast';
import type { VFile } from 'vfile';
import { elements, parseHtml } from '../postbuild/dist.ts';
import { cspHash, type CspHash } from './csp.ts';

/** The text of a `<script>` or `<style>` element, as the browser hashes it for the CSP. */
export const elementText = (el: Element): string =>
	el.children
		.filter((c): c is Text => c.type === 'text')
		.map((c) => c.value)
		.join('');

/**
 * The CSP hashes of the `<style>` elements in a piece of HTML (a diagram's SVG carries one), taken
 * from their text as a browser parses it, so that entities inside SVG come out as the page has them.
 */
export function styleHashes(html: string): CspHash[] {
	const styles = elements(parseHtml(html), (el) => el.tagName === 'style');
	return [...new Set(styles.map((el) => cspHash(elementText(el))))];
}

/**
 * A chapter's remark plugins leave the hashes of the `<style>` elements they put into its body in
 * the chapter's remark frontmatter under this key; Astro hands it to the pages as
 * `remarkPluginFrontmatter`, and the page head adds the hashes to the page's policy.
 */
const key = 'cspStyleHashes';

/** Records style hashes for the chapter a remark plugin is transforming. */
export function recordStyleHashes(file: VFile, hashes: CspHash[]): void {
	const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
	const frontmatter = (astro.frontmatter ??= {});
	const recorded = (frontmatter[key] as CspHash[] | undefined) ?? [];
	frontmatter[key] = [...new Set([...recorded, ...hashes])];
}

/** The style hashes a chapter's remark plugins recorded (none for a page without diagrams). */
export const recordedStyleHashes = (remarkPluginFrontmatter: Record<string, unknown>): CspHash[] =>
	(remarkPluginFrontmatter[key] as CspHash[] | undefined) ?? [];
