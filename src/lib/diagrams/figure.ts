import type { RenderedDiagram } from './renderer.ts';
import { withoutUnusedStyles } from './unused-styles.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A diagram's anchor, for references in the text: `#figure-fulfillment-flow` for diagrams/fulfillment-flow.mmd. */
export const figureId = (name: string) => `figure-${name.split('/').pop()}`;

/**
 * A rendered diagram as a figure: the light and dark SVG (CSS shows the one that matches the theme,
 * and print always takes the light one) and the caption, followed for flowcharts by the text
 * equivalent, an ordered list of the steps, so that screen readers and printouts get the content
 * too. Returned as HTML: the SVG carries a <style> element that must reach the page untouched, less
 * the selectors that cannot match in it (src/lib/diagrams/unused-styles.ts).
 */
export function diagramFigure(d: RenderedDiagram, name: string, stepsLabel: string): string {
	const steps =
		d.steps && d.steps.length > 0
			? `<div class="diagram__steps" data-pagefind-ignore><p class="diagram__steps-title">${escapeHtml(stepsLabel)}</p><ol>${d.steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol></div>`
			: '';
	// The steps follow the figure (a <figcaption> must be its figure's first or last child). Only the
	// caption is searched: the drawing and its steps repeat the names of processes that search finds
	// at their own sections.
	return (
		`<figure class="diagram" data-diagram="${escapeHtml(name)}" id="${escapeHtml(figureId(name))}">` +
		`<div class="diagram__svg diagram__svg--light" data-pagefind-ignore>${withoutUnusedStyles(d.light)}</div>` +
		`<div class="diagram__svg diagram__svg--dark" data-pagefind-ignore>${withoutUnusedStyles(d.dark)}</div>` +
		`<figcaption>${escapeHtml(d.title)}</figcaption></figure>${steps}`
	);
}
