import type { Element, Root, RootContent } from 'hast';
import createHyphenator from 'hyphen';
import enUs from 'hyphen/patterns/en-us.js';
import es from 'hyphen/patterns/es.js';
import id from 'hyphen/patterns/id.js';
import pl from 'hyphen/patterns/pl.js';

/**
 * Hyphenation patterns by page language. Chromium on Linux ships no hyphenation dictionaries, so
 * `hyphens: auto` does nothing in the PDF: the print book carries soft hyphens instead. A language
 * without patterns here is printed unhyphenated.
 */
const patternsByLang = { en: enUs, es, id, pl } as const;

/** Running text that is set justified in print, where a line may break inside a word. */
const hyphenatedBlocks = new Set(['p', 'li', 'dd', 'blockquote', 'td', 'figcaption']);
/**
 * Text that must stay whole: code, acronyms, headings and the drawings. Links are hyphenated like
 * the rest: the text cross-refers to processes by their long names ("Resource Data Collection &
 * Distribution"), and kept whole they left loose, half-empty justified lines.
 */
const keptWhole = new Set([
	'abbr',
	'code',
	'kbd',
	'pre',
	'svg',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
]);
/**
 * The process fact boxes print ragged in a wide column, and hold the terms readers look up; the
 * matrices are read cell by cell, a name to a line, and the posters copy them onto A3.
 */
const keptWholeClasses = ['process-facts', 'process-matrix'];
const isKeptWhole = (node: Element) =>
	keptWhole.has(node.tagName) ||
	(Array.isArray(node.properties.className) &&
		keptWholeClasses.some((name) => (node.properties.className as unknown[]).includes(name)));

const hyphenators = new Map<string, (text: string) => string>();

/** The soft-hyphen inserter for a language, or undefined when there are no patterns for it. */
export function hyphenatorFor(lang: string): ((text: string) => string) | undefined {
	const base = lang.toLowerCase().split('-')[0] as keyof typeof patternsByLang;
	const patterns = patternsByLang[base];
	if (!patterns) return undefined;
	let hyphenate = hyphenators.get(base);
	if (!hyphenate) {
		hyphenate = createHyphenator(patterns, { html: false, minWordLength: 7 }) as (
			text: string
		) => string;
		hyphenators.set(base, hyphenate);
	}
	return hyphenate;
}

/**
 * Inserts soft hyphens (U+00AD) into the running text of a print chapter: paragraphs, list items,
 * definitions, table cells, captions, with the links in them. Headings, acronyms, code and the
 * fact boxes keep their words whole.
 * Only the print book calls this: the web chapters and the search index never see a soft hyphen.
 */
export function hyphenateTree(tree: Root, lang: string): void {
	const hyphenate = hyphenatorFor(lang);
	if (!hyphenate) return;
	const walk = (node: Element | Root, inBlock: boolean) => {
		for (const child of node.children as RootContent[]) {
			if (child.type === 'text' && inBlock) child.value = hyphenate(child.value);
			else if (child.type === 'element' && !isKeptWhole(child))
				walk(child, inBlock || hyphenatedBlocks.has(child.tagName));
		}
	};
	walk(tree, false);
}
