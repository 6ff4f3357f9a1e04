import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import satori from 'satori';
import sharp from 'sharp';
import type { Catalog } from '../content/catalog.ts';
import type { Translate } from '../i18n/strings.ts';
import { socialImageSize, type CardNode, type SocialCell, type SocialPage } from './cards.ts';

/** What a card is drawn with: the catalog (for its matrix) and the edition's strings. */
export interface CardContext {
	catalog: Catalog;
	t: Translate;
}

/**
 * Bump when the drawing changes in a way the card tree does not show (fonts, renderer options),
 * so that cached images are drawn again.
 */
const formatVersion = 3;

type CardChild = CardNode | string;

// Starlight's light theme (its accent and grays), so the cards look like the site.
const color = {
	bg: '#ffffff',
	panel: '#f6f7f9',
	text: '#17181c',
	muted: '#555962',
	faint: '#888c96',
	cell: '#edeef3',
	cellBorder: '#c1c3c8',
	accent: '#3d50f5',
	accentHigh: '#0f1c8a',
	accentLow: '#cfd4fc',
};

/** Inter from npm, its Latin and Latin Extended subsets as two families (see loadFonts). */
const fontFamilies = ['Inter', 'Inter Latin Ext'];

const el = (
	type: string,
	style: Record<string, string | number>,
	children?: CardChild | CardChild[],
	attrs: Record<string, unknown> = {}
): CardNode => ({
	type,
	props: { ...attrs, style, ...(children === undefined ? {} : { children }) },
});

/** Whether a matrix box (row, column) is part of the highlighted cell. */
function isHighlighted(cell: SocialCell | undefined, row: string, column: string): boolean {
	if (!cell || (cell.horizontal === undefined && cell.verticals === undefined)) return false;
	return (
		(cell.horizontal === undefined || cell.horizontal === row) &&
		(cell.verticals === undefined || cell.verticals.includes(column))
	);
}

/** The small matrix: one box per horizontal x vertical, labelled with abbreviations or ids. */
function matrixFigure(
	{ catalog, t }: CardContext,
	areaId: string,
	cell: SocialCell | undefined
): CardNode {
	const { area, rows, columns } = catalog.matrix(areaId);
	const box = 60;
	const gap = 8;
	const labelWidth = 84;
	const header = el(
		'div',
		{ display: 'flex', marginLeft: labelWidth + gap, marginBottom: gap },
		columns.map((c) =>
			el(
				'div',
				{
					display: 'flex',
					justifyContent: 'center',
					width: box,
					marginRight: gap,
					fontSize: 17,
					fontWeight: 700,
					color: color.muted,
				},
				c.abbr ?? c.key
			)
		)
	);
	const body = rows.map((r) =>
		el('div', { display: 'flex', alignItems: 'center', marginBottom: gap }, [
			el(
				'div',
				{
					display: 'flex',
					justifyContent: 'flex-end',
					width: labelWidth,
					marginRight: gap,
					fontSize: 17,
					fontWeight: 700,
					color: color.muted,
				},
				r.abbr ?? r.id
			),
			...columns.map((c) => {
				const on = isHighlighted(cell, r.id, c.key);
				return el(
					'div',
					{
						display: 'flex',
						width: box,
						height: 44,
						marginRight: gap,
						borderRadius: 6,
						backgroundColor: on ? color.accent : color.cell,
						border: `2px solid ${on ? color.accentHigh : color.cellBorder}`,
					},
					undefined,
					{ 'data-cell': `${r.id}/${c.key}`, 'data-highlighted': on }
				);
			}),
		])
	);
	return el(
		'div',
		{
			display: 'flex',
			flexDirection: 'column',
			padding: '28px 28px 22px 20px',
			borderRadius: 16,
			backgroundColor: color.panel,
		},
		[
			header,
			...body,
			el(
				'div',
				{
					display: 'flex',
					justifyContent: 'center',
					marginTop: 6,
					fontSize: 18,
					color: color.muted,
				},
				t('etom.social.matrix', { area: area.name })
			),
		]
	);
}

/** Font size for a title, so that long titles still fit in three lines. */
const titleSize = (title: string, narrow: boolean): number => {
	const n = title.length * (narrow ? 1.25 : 1);
	return n <= 24 ? 72 : n <= 44 ? 62 : n <= 70 ? 52 : 44;
};

/** The card of one page as a satori element tree. */
export function socialCard(ctx: CardContext, page: SocialPage): CardNode {
	const { t } = ctx;
	const matrix = page.area ? matrixFigure(ctx, page.area, page.cell) : undefined;
	const kicker = el('div', { display: 'flex', alignItems: 'center', marginBottom: 22 }, [
		...(page.processId
			? [
					el(
						'div',
						{
							display: 'flex',
							flexShrink: 0,
							padding: '4px 14px',
							marginRight: 16,
							borderRadius: 8,
							backgroundColor: color.accentLow,
							color: color.accentHigh,
							fontSize: 26,
							fontWeight: 700,
						},
						page.processId
					),
				]
			: []),
		el(
			'div',
			{
				display: 'flex',
				flexShrink: 1,
				fontSize: 21,
				fontWeight: 700,
				letterSpacing: 1,
				textTransform: 'uppercase',
				color: color.accent,
			},
			page.kicker
		),
	]);
	const text = el(
		'div',
		{
			display: 'flex',
			flexDirection: 'column',
			flexGrow: 1,
			flexShrink: 1,
			flexBasis: 0,
			paddingRight: matrix ? 48 : 0,
		},
		[
			kicker,
			el(
				'div',
				{
					display: 'block',
					fontSize: titleSize(page.title, !!matrix),
					fontWeight: 700,
					lineHeight: 1.1,
					color: color.text,
					lineClamp: 3,
				},
				page.title
			),
			...(page.description
				? [
						el(
							'div',
							{
								display: 'block',
								marginTop: 24,
								fontSize: 26,
								lineHeight: 1.4,
								color: color.muted,
								lineClamp: matrix ? 4 : 3,
							},
							page.description
						),
					]
				: []),
		]
	);
	const footer = el(
		'div',
		{
			display: 'flex',
			alignItems: 'center',
			justifyContent: 'space-between',
			borderTop: `2px solid ${color.cell}`,
			paddingTop: 22,
		},
		[
			el(
				'div',
				{ display: 'flex', fontSize: 28, fontWeight: 700, color: color.accentHigh },
				t('etom.site.title')
			),
			el('div', { display: 'flex', fontSize: 20, color: color.faint }, t('etom.social.tagline')),
		]
	);
	return el(
		'div',
		{
			display: 'flex',
			flexDirection: 'column',
			boxSizing: 'border-box',
			width: socialImageSize.width,
			height: socialImageSize.height,
			padding: '56px 64px 40px 76px',
			backgroundColor: color.bg,
			borderLeft: `14px solid ${color.accent}`,
			fontFamily: fontFamilies.map((f) => `"${f}"`).join(', '),
		},
		[
			el('div', { display: 'flex', flexGrow: 1, alignItems: 'center', marginBottom: 28 }, [
				text,
				...(matrix ? [matrix] : []),
			]),
			footer,
		]
	);
}

/** Inter from npm: the Latin subset, and Latin Extended for the editions to come (Polish). */
const require = createRequire(import.meta.url);
const interFile = (subset: string, weight: number) =>
	join(
		dirname(require.resolve('@fontsource/inter/package.json')),
		'files',
		`inter-${subset}-${weight}-normal.woff`
	);
const packageVersion = (name: string): string => {
	try {
		return (require(`${name}/package.json`) as { version: string }).version;
	} catch {
		return 'missing';
	}
};

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
	// Distinct family names: satori looks for a missing glyph in the next family, not in another
	// font of the same family.
	fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset, i) =>
		([400, 700] as const).map((weight) => {
			const file = interFile(subset, weight);
			try {
				return {
					name: fontFamilies[i]!,
					data: readFileSync(file),
					weight,
					style: 'normal' as const,
				};
			} catch (cause) {
				throw new Error(`Social images need the Inter font from npm (${file}); run npm ci.`, {
					cause,
				});
			}
		})
	);
	return fonts;
}

let versions: string | undefined;
/**
 * Cache key of a page's image: a hash of its card tree (title, texts, matrix, colours, layout) and
 * of what draws it (format version, font and renderer versions). Unchanged pages keep their key.
 */
export function socialImageKey(ctx: CardContext, page: SocialPage): string {
	versions ??= ['@fontsource/inter', 'satori', 'sharp']
		.map((p) => `${p}@${packageVersion(p)}`)
		.join(' ');
	return createHash('sha256')
		.update(JSON.stringify({ formatVersion, versions, card: socialCard(ctx, page) }))
		.digest('hex')
		.slice(0, 32);
}

/**
 * Draws a page's card: satori lays it out as SVG (text as paths), sharp (libvips and librsvg)
 * rasterises it to PNG. resvg, used before, drew the same pixels apart from anti-aliasing (a mean
 * difference of 0.2 of 255 per channel) at more than twice the CPU: its PNG encoding alone took
 * as long as sharp's whole rasterising and encoding.
 */
export async function renderSocialImage(ctx: CardContext, page: SocialPage): Promise<Buffer> {
	const svg = await satori(socialCard(ctx, page) as unknown as Parameters<typeof satori>[0], {
		...socialImageSize,
		fonts: loadFonts(),
	});
	return sharp(Buffer.from(svg)).png().toBuffer();
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
	if (png.length < 24 || pngSignature.some((b, i) => png[i] !== b))
		throw new Error('not a PNG file');
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Whether a PNG is whole: after the signature, every chunk's length fits and its CRC matches, up to
 * an IEND chunk that ends the file. A cached image that was cut short or damaged fails this and is
 * drawn again rather than published.
 */
export function pngComplete(png: Uint8Array): boolean {
	if (png.length < 8 || pngSignature.some((b, i) => png[i] !== b)) return false;
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	for (let at = 8; at + 12 <= png.length;) {
		const end = at + 12 + view.getUint32(at);
		if (end > png.length || crc32(png.subarray(at + 4, end - 4)) !== view.getUint32(end - 4))
			return false;
		if (String.fromCharCode(...png.subarray(at + 4, at + 8)) === 'IEND') return end === png.length;
		at = end;
	}
	return false;
}
