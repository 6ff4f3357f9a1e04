import { describe, expect, it } from 'vitest';
import { cspHash } from './csp.ts';
import {
	formatHeadersFile,
	headerPolicy,
	headerRules,
	headersFor,
	maxHeaderLine,
	nginxSnippet,
	parseHeadersFile,
} from './headers.ts';
import { parsePolicy, type PagePolicy } from './policy.ts';

const h = (text: string) => `'${cspHash(text)}'`;
const page = (policy: string, scripts: string[] = [], styles: string[] = []): PagePolicy => ({
	policy: parsePolicy(policy),
	scripts,
	styles,
	problems: [],
});

describe('the header policy made from the pages', () => {
	const pages = [
		page(
			`default-src 'self'; script-src 'self' ${h('a()')} ${h('file contents')}; style-src 'self'; style-src-elem 'self' ${h('p{}')}`,
			['a()'],
			['p{}']
		),
		page(
			`default-src 'self'; script-src 'self' ${h('b()')}; style-src 'self'; style-src-elem 'self' ${h('q{}')}`,
			['b()'],
			['q{}']
		),
	];
	const policy = parsePolicy(headerPolicy(pages));

	it("keeps every page's directives and the hashes of inline scripts some page holds", () => {
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('script-src')).toEqual(["'self'", h('a()'), h('b()')]);
	});

	it("admits <style> elements inline, which each page's own policy still narrows to its hashes", () => {
		expect(policy.get('style-src-elem')).toEqual(["'self'", "'unsafe-inline'"]);
		expect(policy.get('style-src')).toEqual(["'self'"]);
	});

	it('adds frame-ancestors, which a <meta> policy cannot carry', () => {
		expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
	});

	it('needs at least one page with a policy', () => {
		expect(() => headerPolicy([{ ...pages[0]!, policy: undefined }])).toThrow(/No page/);
	});
});

describe('the _headers file', () => {
	const rules = headerRules('/handbook/', "default-src 'self'");

	it('sends the security headers everywhere and long caching for /_astro/ only', () => {
		const page = Object.fromEntries(headersFor(rules, '/handbook/operations/crm/'));
		expect(page['Content-Security-Policy']).toBe("default-src 'self'");
		expect(page['X-Content-Type-Options']).toBe('nosniff');
		expect(page['Cache-Control']).toBeUndefined();
		const asset = Object.fromEntries(headersFor(rules, '/handbook/_astro/page.abc123.js'));
		expect(asset['Cache-Control']).toBe('public, max-age=31536000, immutable');
		expect(asset['Content-Security-Policy']).toBe("default-src 'self'");
		expect(headersFor(rules, '/other/')).toEqual([]);
	});

	it('reads back as written', () => {
		const text = formatHeadersFile(rules);
		expect(text).toMatch(/^\/handbook\/\*\n {2}Content-Security-Policy: default-src 'self'$/m);
		expect(parseHeadersFile(text)).toEqual(rules);
	});

	it('refuses a line that Cloudflare Pages would ignore', () => {
		const long = headerRules('/', `default-src 'self' ${'x'.repeat(maxHeaderLine)}`);
		expect(() => formatHeadersFile(long)).toThrow(/characters long; Cloudflare Pages ignores/);
	});

	it('names the line of a header outside any path', () => {
		expect(() => parseHeadersFile('# c\n  X-A: b\n')).toThrow(/^_headers:2:/);
	});
});

describe('the nginx snippet', () => {
	it('sends the headers at server level and repeats them in each location, as nginx needs', () => {
		const snippet = nginxSnippet(headerRules('/', "default-src 'self'"));
		expect(snippet).toContain(
			`add_header Content-Security-Policy "default-src 'self'" always;\nadd_header X-Content-Type-Options "nosniff" always;`
		);
		const location = /location \^~ \/_astro\/ \{\n([\s\S]*?)\n\}/.exec(snippet)?.[1] ?? '';
		expect(location).toContain('  add_header Content-Security-Policy');
		expect(location).toContain(
			'  add_header Cache-Control "public, max-age=31536000, immutable" always;'
		);
	});

	it('refuses a value nginx would read as a variable', () => {
		expect(() => nginxSnippet(headerRules('/', 'a $b'))).toThrow(/nginx cannot take/);
	});
});
