import pLimit from 'p-limit';
import { attr, distPages, elements, readPage } from '../postbuild/dist.ts';

/**
 * The handbook's links to other sites, checked on request (`npm run links -- --external`): the
 * build itself never goes on the network.
 */

/** An external URL and the pages that link to it. */
export interface ExternalLink {
	url: string;
	pages: string[];
}

/** What a check of one URL found: `refused` means the server turned away an automated request. */
export type LinkState = 'ok' | 'dead' | 'refused';

export interface LinkResult extends ExternalLink {
	state: LinkState;
	/** The HTTP status or the network error, for the report. */
	detail: string;
}

/** Every http(s) link of a build's pages, without its #fragment, with the pages it is on. */
export function collectExternalLinks(distDir: string, base = '/'): ExternalLink[] {
	const pagesOf = new Map<string, Set<string>>();
	for (const { file, url: page } of distPages(distDir, base)) {
		for (const a of elements(readPage(distDir, file), (el) => el.tagName === 'a')) {
			const href = attr(a, 'href')?.trim();
			if (!href || !/^https?:\/\//i.test(href)) continue;
			let url: string;
			try {
				const parsed = new URL(href);
				parsed.hash = '';
				url = parsed.href;
			} catch {
				continue;
			}
			if (!pagesOf.has(url)) pagesOf.set(url, new Set());
			pagesOf.get(url)!.add(page);
		}
	}
	return [...pagesOf]
		.map(([url, pages]) => ({ url, pages: [...pages].sort() }))
		.sort((a, b) => a.url.localeCompare(b.url));
}

export interface CheckOptions {
	/** Per request, in milliseconds. */
	timeoutMs?: number;
	/** Requests in flight at once. */
	concurrency?: number;
	/** Hears each result as it comes. */
	onResult?: (result: LinkResult) => void;
}

const refusedStatuses = new Set([401, 403, 429]);

/** One request; the body of a GET is not read. */
async function request(url: string, method: 'HEAD' | 'GET', timeoutMs: number) {
	const response = await fetch(url, {
		method,
		redirect: 'follow',
		signal: AbortSignal.timeout(timeoutMs),
		headers: { 'user-agent': 'etom-handbook link check', accept: '*/*' },
	});
	await response.body?.cancel();
	return response;
}

const describe = (error: unknown): string => {
	const e = error as {
		name?: string;
		message?: string;
		cause?: { code?: string; message?: string };
	};
	if (e.name === 'TimeoutError') return 'no answer in time';
	return e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
};

/**
 * Checks one URL: a HEAD request, then a GET when HEAD does not succeed (many servers answer HEAD
 * wrongly). A 2xx answer, after redirects, is ok; 401, 403 and 429 mean the server refused an
 * automated check (worth a look by hand); anything else, or no answer, is dead.
 */
export async function checkUrl(link: ExternalLink, timeoutMs = 10_000): Promise<LinkResult> {
	let detail = '';
	for (const method of ['HEAD', 'GET'] as const) {
		try {
			const response = await request(link.url, method, timeoutMs);
			if (response.ok) return { ...link, state: 'ok', detail: String(response.status) };
			detail = `${response.status} ${response.statusText}`.trim();
			if (method === 'GET')
				return {
					...link,
					state: refusedStatuses.has(response.status) ? 'refused' : 'dead',
					detail,
				};
		} catch (error) {
			detail = describe(error);
		}
	}
	return { ...link, state: 'dead', detail };
}

/** Checks every link, a few at a time, and returns the results in the links' order. */
export function checkExternalLinks(
	links: ExternalLink[],
	{ timeoutMs = 10_000, concurrency = 8, onResult }: CheckOptions = {}
): Promise<LinkResult[]> {
	const limit = pLimit(concurrency);
	return Promise.all(
		links.map((link) =>
			limit(async () => {
				const result = await checkUrl(link, timeoutMs);
				onResult?.(result);
				return result;
			})
		)
	);
}

/** The report: a one-line summary, then each dead link and each refused check with its pages. */
export function externalLinksReport(results: LinkResult[]): { lines: string[]; dead: number } {
	const count = (state: LinkState) => results.filter((r) => r.state === state).length;
	const dead = count('dead');
	const pages = new Set(results.flatMap((r) => r.pages)).size;
	const lines = [
		`${results.length} external links on ${pages} pages: ${count('ok')} ok, ${dead} dead, ${count('refused')} refused the check`,
	];
	for (const state of ['dead', 'refused'] as const) {
		for (const r of results.filter((x) => x.state === state)) {
			lines.push(
				`  ${state === 'dead' ? 'dead' : 'refused (check by hand)'}: ${r.url} (${r.detail}), linked from ${r.pages.join(', ')}`
			);
		}
	}
	return { lines, dead };
}
