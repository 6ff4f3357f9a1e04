import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLinks, pageLinks } from './links.ts';

let dir: string;
function site(files: Record<string, string>) {
	dir = mkdtempSync(join(tmpdir(), 'etom-links-'));
	for (const [file, html] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), html);
	}
	return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkLinks', () => {
	it('accepts pages, anchors, relative links and external links that resolve', () => {
		const d = site({
			'index.html':
				'<a href="/ops/">x</a><a href="/ops/#process-1-1">y</a><a href="https://example.org/">z</a><a href="#top">t</a><h1 id="top">T</h1>',
			'ops/index.html':
				'<h2 id="process-1-1">Ops</h2><a href="../">home</a><a href="/file.pdf">pdf</a>',
			'file.pdf': '%PDF',
		});
		expect(checkLinks(d)).toEqual([]);
	});

	it('reports a missing page and a missing anchor, with the page that links', () => {
		const d = site({
			'index.html': '<a href="/nowhere/">x</a><a class="k" href="/ops/#process-9-9">y</a>',
			'ops/index.html': '<h2 id="process-1-1">Ops</h2>',
		});
		expect(checkLinks(d)).toEqual([
			{ page: '/', href: '/nowhere/', reason: 'no such page' },
			{
				page: '/',
				href: '/ops/#process-9-9',
				reason: 'no element with id "process-9-9" on that page',
			},
		]);
	});

	it('resolves links under a base path, and rejects links that escape it', () => {
		const d = site({
			'index.html': '<a href="/handbook/ops/">ok</a><a href="/ops/">escapes</a>',
			'ops/index.html': '',
		});
		expect(checkLinks(d, '/handbook/')).toEqual([
			{ page: '/handbook/', href: '/ops/', reason: "outside the site's base path /handbook/" },
		]);
	});
});

describe('pageLinks', () => {
	it('collects the ids of any element and the decoded hrefs of links only', () => {
		const { ids, hrefs } = pageLinks(
			'<!doctype html><html><body><h2 id="a&amp;b">x</h2><div id="d"><a href="/x/?q=1&amp;r=2#s">l</a>' +
				'<link href="/style.css"><a>no href</a><a href="/x/?q=1&amp;r=2#s">again</a></div>' +
				'<script>const s = "<a href=/not-a-link/>";</script></body></html>'
		);
		expect([...ids]).toEqual(['a&b', 'd']);
		expect([...hrefs]).toEqual(['/x/?q=1&r=2#s']);
	});
});
