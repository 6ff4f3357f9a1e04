import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';

/**
 * Mermaid's style sheet for a diagram, scoped to the diagram's id, styles every kind of element any
 * diagram may hold: `#d-… span`, `#d-… p`, `#d-… circle`... A <style> element applies to the whole
 * page, so Chromium tests each of those selectors on every span and paragraph of the page: the print
 * book holds 24 drawings, and their selectors for elements that no drawing of ours contains (HTML
 * labels are off: no span, p or div inside an SVG) cost about 2 s of each PDF print, eight prints
 * a build. This drops, from each diagram's sheet, the selectors scoped to that diagram whose subject
 * is an element the diagram does not contain: they cannot match, so the drawing looks the same.
 * Anything else is kept as Mermaid wrote it: unscoped selectors, rules inside at-rules (keyframes),
 * a sheet with character references (not plain CSS text).
 */
export function withoutUnusedStyles(svg: string): string {
	let result = pruneCache.get(svg);
	if (result === undefined) {
		result = prune(svg);
		pruneCache.set(svg, result);
	}
	return result;
}

/** Each drawing is embedded in several pages (its chapter, each print edition): pruned once. */
const pruneCache = new Map<string, string>();

function prune(svg: string): string {
	const id = /^<svg\b[^>]*?\sid="([^"]+)"/.exec(svg)?.[1];
	if (!id) return svg;
	const present = new Set([...svg.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1]!.toLowerCase()));
	return svg.replace(
		/(<style\b[^>]*>)([^<&]*)(<\/style>)/g,
		(_, open: string, css: string, close: string) => `${open}${prunedSheet(css, id, present)}${close}`
	);
}

/** The sheet without the rules' selectors that cannot match inside the diagram `id`. */
function prunedSheet(css: string, id: string, present: Set<string>): string {
	const root = postcss.parse(css);
	let changed = false;
	root.each((node) => {
		if (node.type !== 'rule') return;
		const kept = node.selectors.filter((selector) => !cannotMatch(selector, id, present));
		if (kept.length === node.selectors.length) return;
		changed = true;
		if (kept.length === 0) node.remove();
		else node.selectors = kept;
	});
	return changed ? root.toString() : css;
}

/**
 * Whether a selector is `#id …` (a descendant of the diagram) and its subject is an element type the
 * diagram does not contain.
 */
function cannotMatch(selector: string, id: string, present: Set<string>): boolean {
	let result = false;
	selectorParser((selectors) => {
		const nodes = selectors.first?.nodes ?? [];
		const [first, second] = nodes;
		if (first?.type !== 'id' || first.value !== id || second?.type !== 'combinator') return;
		const lastCombinator = nodes.findLastIndex((n) => n.type === 'combinator');
		const subject = nodes.slice(lastCombinator + 1);
		result = subject.some((n) => n.type === 'tag' && !present.has(n.value.toLowerCase()));
	}).processSync(selector);
	return result;
}
