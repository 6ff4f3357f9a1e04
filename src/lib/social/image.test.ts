import { describe, expect, it } from 'vitest';
import { handbook } from '../../../test/helpers/handbook.ts';
import { socialImagePath, socialPages, type CardNode, type SocialPage } from './cards.ts';
import {
	pngComplete,
	pngSize,
	renderSocialImage,
	socialCard as drawCard,
	socialImageKey as keyOf,
} from './image.ts';

const ctx = { catalog: handbook.catalog, t: handbook.t() };
const socialCard = (page: SocialPage) => drawCard(ctx, page);
const socialImageKey = (page: SocialPage) => keyOf(ctx, page);

const crm: SocialPage = {
	title: 'Customer Relationship Management',
	description:
		'The Operations horizontal that manages everything the provider does directly with its customers.',
	kicker: 'Operations · horizontal grouping',
	processId: '1.1.1',
	area: '1.1',
	cell: { horizontal: '1.1.1' },
};

/** Every element of a card tree, depth first. */
function nodes(node: CardNode): CardNode[] {
	const children = node.props.children;
	const list = (
		Array.isArray(children) ? children : children === undefined ? [] : [children]
	).filter((c): c is CardNode => typeof c !== 'string');
	return [node, ...list.flatMap(nodes)];
}
const texts = (node: CardNode): string[] =>
	nodes(node).flatMap((n) => {
		const c = n.props.children;
		return (Array.isArray(c) ? c : [c]).filter((x): x is string => typeof x === 'string');
	});
const boxes = (card: CardNode) =>
	nodes(card).filter((n) => typeof n.props['data-cell'] === 'string');
const highlighted = (card: CardNode) =>
	boxes(card)
		.filter((n) => n.props['data-highlighted'] === true)
		.map((n) => n.props['data-cell']);

describe('social card', () => {
	it('holds markup in a title as text: satori draws strings and parses no HTML', async () => {
		const title = 'Hostile </title><script>alert(1)</script> "><img src=x onerror=alert(2)>';
		const card = socialCard({ ...crm, title });
		expect(texts(card)).toContain(title);
		expect(nodes(card).map((n) => n.type)).not.toContain('img');
		expect(pngSize(await renderSocialImage(ctx, { ...crm, title }))).toEqual({
			width: 1200,
			height: 630,
		});
	});

	it('shows the title, kicker, id and description', () => {
		const all = texts(socialCard(crm));
		for (const text of [crm.title, crm.kicker, crm.processId, crm.description])
			expect(all).toContain(text);
	});

	it('draws the Operations matrix with the horizontal row highlighted', () => {
		const card = socialCard(crm);
		expect(boxes(card)).toHaveLength(16);
		expect(highlighted(card)).toEqual(['1.1.1/OSR', '1.1.1/F', '1.1.1/A', '1.1.1/B']);
	});

	it('highlights a vertical column, or a single crossing', () => {
		expect(highlighted(socialCard({ ...crm, cell: { verticals: ['F'] } }))).toEqual([
			'1.1.1/F',
			'1.1.2/F',
			'1.1.3/F',
			'1.1.4/F',
		]);
		expect(
			highlighted(socialCard({ ...crm, cell: { horizontal: '1.1.2', verticals: ['A', 'B'] } }))
		).toEqual(['1.1.2/A', '1.1.2/B']);
	});

	it('draws the SIP matrix for SIP pages and no matrix without an area', () => {
		const sip = handbook.catalog.matrix('1.2');
		expect(boxes(socialCard({ title: 'SIP', kicker: 'Level-0 area', area: '1.2' }))).toHaveLength(
			sip.rows.length * sip.columns.length
		);
		expect(highlighted(socialCard({ title: 'SIP', kicker: 'Level-0 area', area: '1.2' }))).toEqual(
			[]
		);
		expect(boxes(socialCard({ title: 'Glossary', kicker: 'Appendices' }))).toHaveLength(0);
	});
});

describe('social image key', () => {
	it('is stable for the same card, whatever the order of its fields', () => {
		const reordered: SocialPage = {
			cell: { horizontal: '1.1.1' },
			area: '1.1',
			processId: '1.1.1',
			kicker: crm.kicker,
			description: crm.description,
			title: crm.title,
		};
		expect(socialImageKey(crm)).toBe(socialImageKey({ ...crm }));
		expect(socialImageKey(crm)).toBe(socialImageKey(reordered));
	});

	it('changes when anything drawn changes', () => {
		const keys = [
			socialImageKey(crm),
			socialImageKey({ ...crm, title: 'Customer Relationship Management (CRM)' }),
			socialImageKey({ ...crm, description: 'Another sentence.' }),
			socialImageKey({ ...crm, cell: { horizontal: '1.1.2' } }),
		];
		expect(new Set(keys).size).toBe(keys.length);
	});
});

describe('social image rendering', () => {
	it('draws a 1200x630 PNG', async () => {
		const png = await renderSocialImage(ctx, crm);
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect(png.length).toBeGreaterThan(10_000);
		expect(pngComplete(png)).toBe(true);
	});

	it('tells a whole PNG from one cut short, damaged or with bytes after its end', async () => {
		const png = await renderSocialImage(ctx, crm);
		const flipped = Buffer.from(png);
		flipped[Math.floor(png.length / 2)]! ^= 0xff;
		expect(pngComplete(png.subarray(0, png.length - 1))).toBe(false);
		expect(pngComplete(png.subarray(0, 33))).toBe(false);
		expect(pngComplete(flipped)).toBe(false);
		expect(pngComplete(Buffer.concat([png, Buffer.from([0])]))).toBe(false);
		expect(pngComplete(Buffer.from('GIF89a not a png at all'))).toBe(false);
	});

	it('reads the size from the IHDR chunk and rejects other files', () => {
		const header = Buffer.from('89504e470d0a1a0a0000000d49484452000004b000000276', 'hex');
		expect(pngSize(header)).toEqual({ width: 1200, height: 630 });
		expect(() => pngSize(Buffer.from('GIF89a not a png at all'))).toThrow(/not a PNG/);
	});
});

describe('social pages of the handbook', () => {
	const pages = new Map(socialPages(handbook).map((p) => [p.slug, p]));

	it('has a card for the landing page and for every chapter', () => {
		expect(pages.get('')?.image).toBe('og/index.png');
		expect(pages.get('operations/crm')?.image).toBe('og/operations/crm.png');
		expect(socialImagePath('sip/strategy-infrastructure-product')).toBe(
			'og/sip/strategy-infrastructure-product.png'
		);
		for (const p of pages.values()) expect(p.card.title.length, p.slug).toBeGreaterThan(0);
	});

	it('highlights the row of a horizontal and the column of a vertical', () => {
		expect(pages.get('operations/crm')?.card).toMatchObject({
			processId: '1.1.1',
			area: '1.1',
			cell: { horizontal: '1.1.1' },
		});
		expect(pages.get('operations/fulfillment')?.card).toMatchObject({
			area: '1.1',
			cell: { verticals: ['F'] },
		});
	});

	it('shows a matrix without highlight for whole areas, and none elsewhere', () => {
		const overview = pages.get('operations/overview')!.card;
		expect(overview).toMatchObject({ processId: '1.1', area: '1.1' });
		expect(overview.cell).toBeUndefined();
		const sip = pages.get('sip/strategy-infrastructure-product')!.card;
		expect(sip).toMatchObject({ processId: '1.2', area: '1.2' });
		expect(sip.cell).toBeUndefined();
		expect(pages.get('enterprise/enterprise-management')!.card.area).toBeUndefined();
		expect(pages.get('appendices/glossary')!.card.area).toBeUndefined();
	});
});
