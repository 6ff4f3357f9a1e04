import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	checkExternalLinks,
	checkUrl,
	collectExternalLinks,
	externalLinksReport,
	type ExternalLink,
} from './external.ts';

describe('external links of a build', () => {
	let dist: string;
	beforeAll(() => {
		dist = mkdtempSync(join(tmpdir(), 'etom-external-'));
		mkdirSync(join(dist, 'a'));
		writeFileSync(
			join(dist, 'index.html'),
			'<a href="https://example.org/x#part">x</a><a href="/a/">in</a><a href="mailto:a@b.c">m</a><a href="HTTP://Example.org/y">y</a>'
		);
		writeFileSync(
			join(dist, 'a', 'index.html'),
			'<a href="https://example.org/x">x again</a><a href="#top">t</a><link href="https://example.org/css">'
		);
	});
	afterAll(() => rmSync(dist, { recursive: true, force: true }));

	it('are the http(s) links of every page, without fragments, with the pages that hold them', () => {
		expect(collectExternalLinks(dist, '/base/')).toEqual([
			{ url: 'http://example.org/y', pages: ['/base/'] },
			{ url: 'https://example.org/x', pages: ['/base/', '/base/a/'] },
		]);
	});
});

describe('checking external links (against a local server)', () => {
	let server: Server;
	let origin: string;
	let inFlight = 0;
	let maxInFlight = 0;
	const methods: string[] = [];
	beforeAll(async () => {
		server = createServer((req, res) => {
			methods.push(`${req.method} ${req.url}`);
			inFlight++;
			maxInFlight = Math.max(maxInFlight, inFlight);
			res.on('close', () => inFlight--);
			const path = req.url ?? '/';
			if (path === '/ok') res.writeHead(200).end('ok');
			else if (path === '/no-head') res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
			else if (path === '/moved') res.writeHead(301, { location: '/ok' }).end();
			else if (path === '/gone') res.writeHead(404).end();
			else if (path === '/bot-wall') res.writeHead(403).end();
			else if (path === '/silent')
				return; // never answers
			else if (path.startsWith('/slow/')) setTimeout(() => res.writeHead(200).end(), 50);
			else res.writeHead(500).end();
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
	});
	afterAll(async () => {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	});
	const link = (path: string): ExternalLink => ({ url: `${origin}${path}`, pages: ['/p/'] });

	it('asks with HEAD first, and with GET when HEAD fails', async () => {
		methods.length = 0;
		expect((await checkUrl(link('/ok'))).state).toBe('ok');
		expect(methods).toEqual(['HEAD /ok']);
		methods.length = 0;
		expect(await checkUrl(link('/no-head'))).toMatchObject({ state: 'ok', detail: '200' });
		expect(methods).toEqual(['HEAD /no-head', 'GET /no-head']);
	});

	it('follows redirects, and tells dead links from refused checks', async () => {
		expect((await checkUrl(link('/moved'))).state).toBe('ok');
		expect(await checkUrl(link('/gone'))).toMatchObject({ state: 'dead', detail: '404 Not Found' });
		expect(await checkUrl(link('/bot-wall'))).toMatchObject({ state: 'refused' });
	});

	it('gives up on a server that does not answer in time', async () => {
		expect(await checkUrl(link('/silent'), 200)).toMatchObject({
			state: 'dead',
			detail: 'no answer in time',
		});
	});

	it('reports a server that is not there', async () => {
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const { port } = closed.address() as { port: number };
		await new Promise((resolve) => closed.close(resolve));
		expect(await checkUrl({ url: `http://127.0.0.1:${port}/`, pages: [] }, 2000)).toMatchObject({
			state: 'dead',
			detail: 'ECONNREFUSED',
		});
	});

	it('keeps to the concurrency limit and returns results in the order of the links', async () => {
		maxInFlight = 0;
		const links = Array.from({ length: 12 }, (_, i) => link(`/slow/${i}`));
		const heard: string[] = [];
		const results = await checkExternalLinks(links, {
			concurrency: 3,
			onResult: (r) => heard.push(r.url),
		});
		expect(results.map((r) => r.url)).toEqual(links.map((l) => l.url));
		expect(results.every((r) => r.state === 'ok')).toBe(true);
		expect(heard).toHaveLength(12);
		expect(maxInFlight).toBeLessThanOrEqual(3);
		expect(maxInFlight).toBeGreaterThan(1);
	});

	it('reports the dead links and the refused checks with the pages that hold them', async () => {
		const results = await checkExternalLinks([link('/ok'), link('/gone'), link('/bot-wall')]);
		const report = externalLinksReport(results);
		expect(report.dead).toBe(1);
		expect(report.lines).toEqual([
			'3 external links on 1 pages: 1 ok, 1 dead, 1 refused the check',
			`  dead: ${origin}/gone (404 Not Found), linked from /p/`,
			`  refused (check by hand): ${origin}/bot-wall (403 Forbidden), linked from /p/`,
		]);
	});
});
