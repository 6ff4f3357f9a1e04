import type { Link, Root } from 'mdast';
import { VFile } from 'vfile';
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

describe('remarkBaseLinks in a translated chapter', () => {
	const edition = () => ({ lang: 'es', isChapter: (path: string) => path.startsWith('flows/') });

	it('keeps links to chapters in the edition, and links to files where they are', () => {
		const t = tree('/flows/order-to-payment/#steps', '/etom-handbook.pdf', '/print/');
		remarkBaseLinks({ base: '/handbook/', edition })(t, new VFile({ path: 'es/x.mdx' }));
		expect(urls(t)).toEqual([
			'/handbook/es/flows/order-to-payment/#steps',
			'/handbook/etom-handbook.pdf',
			'/handbook/print/',
		]);
	});

	it('adds the prefix at the root too', () => {
		const t = tree('/flows/order-to-payment/');
		remarkBaseLinks({ edition })(t, new VFile({ path: 'es/x.mdx' }));
		expect(urls(t)).toEqual(['/es/flows/order-to-payment/']);
	});
});
