import { describe, expect, it } from 'vitest';
import { matrixFiguresAsTables } from './matrix-tables.ts';

const figure = (name: string) =>
	`<figure class="diagram" data-diagram="${name}"><div class="diagram__svg diagram__svg--light"><svg></svg></div><figcaption>Caption of ${name}</figcaption></figure>`;
const table =
	'<div class="process-matrix" role="region" aria-label="Operations" tabindex="0"><table><caption>Operations</caption></table></div>';

describe('matrixFiguresAsTables', () => {
	const tables = new Map([['generated/operations-matrix', table]]);

	it('puts the matrix table in place of the drawing, keeping the caption and no second region', () => {
		const out = matrixFiguresAsTables(
			`<p>Before</p>${figure('generated/operations-matrix')}${figure('fulfillment-flow')}`,
			tables
		);
		expect(out).toContain(
			'<figure class="diagram diagram--table" data-diagram="generated/operations-matrix"><div class="process-matrix"><table><caption>Operations</caption></table></div><figcaption>Caption of generated/operations-matrix</figcaption></figure>'
		);
		expect(out).not.toContain('role="region"');
		expect(out).toContain(figure('fulfillment-flow'));
	});

	it('leaves a chapter without a matrix diagram as it is', () => {
		const html = `<p>Text</p>${figure('fulfillment-flow')}`;
		expect(matrixFiguresAsTables(html, tables)).toBe(html);
	});
});
