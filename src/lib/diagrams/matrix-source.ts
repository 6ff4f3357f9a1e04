import type { Catalog } from '../content/catalog.ts';
import type { Translate } from '../i18n/strings.ts';

/** A Mermaid label: quoted, with the characters that would end it escaped. */
const label = (text: string) => `"${text.replaceAll('"', '#quot;')}"`;
const nodeId = (...parts: string[]) => parts.join('_').replace(/[^A-Za-z0-9_]/g, '_');

/**
 * The matrix of an area as a Mermaid block diagram: verticals across the top, one row per Level-1
 * horizontal with its single-column Level-2 processes in their cells, and one extra row for each
 * process that spans several verticals, drawn across those columns.
 */
function matrixDiagram(catalog: Catalog, t: Translate, areaId: string): string {
	const { area, rows, columns, cells } = catalog.matrix(areaId);
	const lines = [
		'block-beta',
		`  accTitle: ${t('etom.diagram.matrix.title', { area: area.name })}`,
		`  accDescr: ${t('etom.diagram.matrix.description', { rows: rows.length, columns: columns.length })}`,
		`  columns ${columns.length + 1}`,
		`  space ${columns.map((c) => `${nodeId('v', c.key)}[${label(c.name)}]`).join(' ')}`,
	];
	for (const row of rows) {
		const list = cells.get(row.id) ?? [];
		const single = columns.map((_, col) => list.filter((c) => c.from === col && c.to === col));
		const blocks = single.map((items, col) =>
			items.length === 0 ? 'space' : `${nodeId('c', row.id, columns[col]!.key)}[${label(items.map((c) => `${c.process.id} ${c.process.name}`).join('<br/>'))}]`
		);
		lines.push(`  ${nodeId('h', row.id)}[${label(`${row.id} ${row.name}`)}] ${blocks.join(' ')}`);
		for (const { process, from, to } of list.filter((c) => c.to > c.from)) {
			const before = 1 + from;
			const after = columns.length - 1 - to;
			const span = `${nodeId('p', process.id)}[${label(`${process.id} ${process.name}`)}]:${to - from + 1}`;
			lines.push(`  space:${before} ${span}${after > 0 ? ` space:${after}` : ''}`);
		}
	}
	return `${lines.join('\n')}\n`;
}

/** The three Level-0 areas: Strategy, Infrastructure & Product beside Operations, Enterprise Management under both. */
function levelZeroDiagram(catalog: Catalog, t: Translate): string {
	const [ops, sip, em] = ['1.1', '1.2', '1.3'].map((id) => catalog.get(id));
	const block = (p: typeof ops, span = 1) => `${nodeId('a', p!.id)}[${label(`${p!.id} ${p!.name}`)}]${span > 1 ? `:${span}` : ''}`;
	return `${[
		'block-beta',
		`  accTitle: ${t('etom.diagram.level0.title')}`,
		`  accDescr: ${t('etom.diagram.level0.description')}`,
		'  columns 2',
		`  customer[${label(t('etom.diagram.level0.customer'))}]:2`,
		`  ${block(sip)} ${block(ops)}`,
		`  ${block(em, 2)}`,
	].join('\n')}\n`;
}

/**
 * The matrix diagrams and the area each draws. Drawn to fit a page, their labels shrink below a
 * readable size on paper, so the print book shows the area's matrix table (ProcessMatrix) instead.
 */
export const matrixDiagramAreas: ReadonlyMap<string, string> = new Map([
	['generated/operations-matrix', '1.1'],
	['generated/sip-matrix', '1.2'],
]);

/** Every diagram generated from the catalog, by name under diagrams/. */
export function generatedDiagrams(catalog: Catalog, t: Translate): { name: string; text: string }[] {
	return [
		{ name: 'generated/level-0', text: levelZeroDiagram(catalog, t) },
		...[...matrixDiagramAreas].map(([name, area]) => ({
			name,
			text: matrixDiagram(catalog, t, area),
		})),
	];
}
