import { cspHash, headerOnlyDirectives } from './csp.ts';
import { formatPolicy, parsePolicy, type PagePolicy, type Policy } from './policy.ts';
import { siteRoot } from '../base-path.ts';

/**
 * The HTTP headers a host should send with the handbook, as the `_headers` file that Netlify and
 * Cloudflare Pages read (and an nginx snippet made from it). The Content-Security-Policy header is
 * made from the policies Astro wrote into the pages, so the two never disagree.
 */

/** Headers for the URL paths a pattern matches (`*` matches anything, `/` included). */
export interface HeaderRule {
	path: string;
	headers: [name: string, value: string][];
}

/** Cloudflare Pages ignores a `_headers` line longer than this. */
export const maxHeaderLine = 2000;

/**
 * Features no page uses, switched off so that nothing embedded or injected can ask for them.
 */
const permissionsPolicy = [
	'accelerometer=()',
	'camera=()',
	'geolocation=()',
	'gyroscope=()',
	'magnetometer=()',
	'microphone=()',
	'payment=()',
	'usb=()',
].join(', ');

/**
 * One policy for every response, from the pages' own policies: their directives, with
 * `frame-ancestors` added (a `<meta>` cannot carry it). Scripts keep their hashes, only those that
 * name an inline script some page holds (Astro also hashes its script files, which `'self'` already
 * admits). `<style>` elements are admitted inline: each diagram's style has a hash of its own, too
 * many for one header line, and the page's `<meta>` policy, which a browser applies as well, still
 * admits only the page's own.
 */
export function headerPolicy(pages: PagePolicy[]): string {
	const policies = pages.flatMap((p) => p.policy ?? []);
	if (policies.length === 0) throw new Error('No page has a Content Security Policy.');
	const scriptHashes = new Set(pages.flatMap((p) => p.scripts.map((s) => `'${cspHash(s)}'`)));
	const isHash = (s: string) => /^'sha\d+-/.test(s);
	const merged: Policy = new Map();
	for (const policy of policies) {
		for (const [name, sources] of policy) {
			const kept = name.startsWith('script-src')
				? sources.filter((s) => !isHash(s) || scriptHashes.has(s))
				: name === 'style-src-elem' || name === 'style-src'
					? sources.filter((s) => !isHash(s))
					: sources;
			merged.set(name, [...new Set([...(merged.get(name) ?? []), ...kept])]);
		}
	}
	const elem = merged.has('style-src-elem') ? 'style-src-elem' : 'style-src';
	merged.set(elem, [...(merged.get(elem) ?? []), "'unsafe-inline'"]);
	for (const [name, sources] of parsePolicy(headerOnlyDirectives.join(';')))
		merged.set(name, sources);
	return formatPolicy(merged);
}

/** The rules for a site under `base`: security headers everywhere, long caching for hashed assets. */
export function headerRules(base: string, policy: string): HeaderRule[] {
	const root = siteRoot(base);
	return [
		{
			path: `${root}*`,
			headers: [
				['Content-Security-Policy', policy],
				['X-Content-Type-Options', 'nosniff'],
				['Referrer-Policy', 'no-referrer'],
				['Permissions-Policy', permissionsPolicy],
			],
		},
		// Astro names these files by their content hash: a changed file gets a new name.
		{
			path: `${root}_astro/*`,
			headers: [['Cache-Control', 'public, max-age=31536000, immutable']],
		},
	];
}

/** The `_headers` file of Netlify and Cloudflare Pages. */
export function formatHeadersFile(rules: HeaderRule[]): string {
	const lines = [
		'# Written by the build (src/lib/security/headers.ts) for Netlify and Cloudflare Pages.',
		'# The Content-Security-Policy comes from the pages; edit src/lib/security/csp.ts, not this file.',
	];
	for (const rule of rules) {
		lines.push(rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
	}
	const long = lines.find((l) => l.length > maxHeaderLine);
	if (long)
		throw new Error(
			`A _headers line is ${long.length} characters long; Cloudflare Pages ignores lines over ${maxHeaderLine}: ${long.slice(0, 80)}...`
		);
	return `${lines.join('\n')}\n`;
}

/** Reads a `_headers` file (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split('\n').forEach((line, i) => {
		if (!line.trim() || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: [] });
			return;
		}
		const m = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
		const rule = rules.at(-1);
		if (!m || !rule) throw new Error(`_headers:${i + 1}: expected "  Name: value" under a path.`);
		rule.headers.push([m[1]!, m[2]!.trim()]);
	});
	return rules;
}

/** Whether a rule's path pattern matches a URL path. */
export function matches(pattern: string, path: string): boolean {
	const re = new RegExp(
		`^${pattern
			.split('*')
			.map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
			.join('.*')}$`
	);
	return re.test(path);
}

/** The headers a host sends for a URL path: those of every matching rule, in file order. */
export const headersFor = (rules: HeaderRule[], path: string): [string, string][] =>
	rules.filter((r) => matches(r.path, path)).flatMap((r) => r.headers);

/**
 * The same rules for nginx, to include in the `server` block that serves `dist/` as its `root`.
 * nginx's `add_header` in a `location` replaces the server's, so each location repeats them all.
 */
export function nginxSnippet(rules: HeaderRule[]): string {
	const line = ([name, value]: [string, string], indent: string) => {
		// nginx reads $ as a variable and has no escape for it inside a string.
		if (/["$\\]/.test(value))
			throw new Error(`${name}: nginx cannot take this value as it is: ${value}`);
		return `${indent}add_header ${name} "${value}" always;`;
	};
	const [all, ...rest] = rules;
	if (!all || !all.path.endsWith('/*'))
		throw new Error('The first header rule must cover the whole site ("<base>*").');
	const out = [
		'# Generated from dist/_headers (npm run nginx-headers); include it in the server block.',
		...all.headers.map((h) => line(h, '')),
	];
	for (const rule of rest) {
		if (!rule.path.endsWith('/*') || rule.path.slice(0, -1).includes('*'))
			throw new Error(`Only "<folder>/*" rules convert to nginx: ${rule.path}`);
		out.push(
			`location ^~ ${rule.path.slice(0, -1)} {`,
			...[...all.headers, ...rule.headers].map((h) => line(h, '  ')),
			'}'
		);
	}
	return `${out.join('\n')}\n`;
}
