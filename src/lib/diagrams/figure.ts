import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import type { RenderedDiagram } from './renderer.ts';

/**
 * A rendered diagram as a figure: the light and dark SVG (CSS shows the one that matches the theme,
 * and print always takes the light one), the caption, and for flowcharts the text equivalent, an
 * ordered list of the steps, so that screen readers and printouts get the content too.
 */
export function diagramFigure(d: RenderedDiagram, name: string, stepsLabel: string): Element {
	const svg = (variant: 'light' | 'dark') =>
		h('div', { className: ['diagram__svg', `diagram__svg--${variant}`] }, fromHtml(d[variant], { fragment: true, space: 'svg' }).children as Element[]);
	const children: Element[] = [svg('light'), svg('dark'), h('figcaption', d.title)];
	if (d.steps && d.steps.length > 0) {
		children.push(
			h('div', { className: ['diagram__steps'] }, [
				h('p', { className: ['diagram__steps-title'] }, stepsLabel),
				h('ol', d.steps.map((s) => h('li', s))),
			])
		);
	}
	return h('figure', { className: ['diagram'], dataDiagram: name }, children);
}
