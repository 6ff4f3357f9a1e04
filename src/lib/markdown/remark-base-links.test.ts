import type { Link, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { remarkBaseLinks } from './remark-base-links.ts';

const tree = (...urls: string[]): Root => ({
	type: 'root',
	children: [
		{
			type: 'paragraph',
			children: urls.map((url) => ({ type: 'link', url, children: [] }) as Link),
		},
	],
});
const urls = (t: Root) => (t.children[0] as { children: Link[] }).children.map((l) => l.url);

describe('remarkBaseLinks', () => {
	it('puts the base path in front of site paths only', () => {
		const t = tree(
			'/operations/crm/',
			'https://example.org/',
			'//cdn.example.org/x',
			'relative/',
			'#anchor',
			'/handbook/already/'
		);
		remarkBaseLinks({ base: '/handbook/' })(t);
		expect(urls(t)).toEqual([
			'/handbook/operations/crm/',
			'https://example.org/',
			'//cdn.example.org/x',
			'relative/',
			'#anchor',
			'/handbook/already/',
		]);
	});

	it('changes nothing at the root', () => {
		const t = tree('/operations/crm/');
		remarkBaseLinks()(t);
		expect(urls(t)).toEqual(['/operations/crm/']);
	});
});
