import { describe, expect, it } from 'vitest';
import { scanPage } from '../postbuild/dist.ts';
import { cspHash } from './csp.ts';
import { allowsInline, checkPagePolicy, formatPolicy, parsePolicy } from './policy.ts';

const script = 'console.log(1)';
const style = 'p{color:red}';
const policy = `default-src 'self'; script-src 'self' '${cspHash(script)}'; style-src-elem 'self' '${cspHash(style)}'`;
const page = (head: string, body = '') =>
	scanPage(
		`<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body>${body}</body></html>`
	);
const problems = (head: string, body = '') =>
	checkPagePolicy(page(head, body)).problems.map((p) => p.what);

describe('a Content Security Policy', () => {
	it('is read as browsers read it: names case-insensitive, the first of a directive wins', () => {
		const parsed = parsePolicy("Script-Src 'self'; script-src 'none';  img-src data: ");
		expect([...parsed]).toEqual([
			['script-src', ["'self'"]],
			['img-src', ['data:']],
		]);
		expect(formatPolicy(parsed)).toBe("script-src 'self'; img-src data:");
	});

	it('admits an inline element by its hash, falling back from -elem to the directive to default-src', () => {
		const parsed = parsePolicy(policy);
		expect(allowsInline(parsed, 'script-src-elem', script)).toBe(true);
		expect(allowsInline(parsed, 'script-src-elem', 'alert(1)')).toBe(false);
		expect(allowsInline(parsed, 'style-src-elem', style)).toBe(true);
		expect(allowsInline(parsePolicy("default-src 'self'"), 'style-src-elem', style)).toBe(false);
		expect(allowsInline(parsePolicy("img-src 'self'"), 'script-src-elem', 'x')).toBe(true);
	});

	it("ignores 'unsafe-inline' beside a hash, as browsers do", () => {
		const mixed = parsePolicy(`script-src 'unsafe-inline' '${cspHash(script)}'`);
		expect(allowsInline(mixed, 'script-src-elem', 'alert(1)')).toBe(false);
		expect(allowsInline(parsePolicy("script-src 'unsafe-inline'"), 'script-src-elem', 'x')).toBe(
			true
		);
	});
});

describe('the check of a built page against its policy', () => {
	it('passes the scripts and styles the policy names, files of the site and data blocks', () => {
		const head = `<script>${script}</script><style>${style}</style><script type="module" src="/_astro/a.js"></script><link rel="stylesheet" href="/_astro/a.css"><script type="application/ld+json">{"a":1}</script>`;
		const checked = checkPagePolicy(page(head));
		expect(checked.problems).toEqual([]);
		expect(checked.scripts).toEqual([script]);
		expect(checked.styles).toEqual([style]);
	});

	it('finds a page without a policy', () => {
		const checked = checkPagePolicy(scanPage('<!doctype html><title>x</title>'));
		expect(checked.policy).toBeUndefined();
		expect(checked.problems.map((p) => p.what)).toEqual([
			expect.stringMatching(/has no Content Security Policy/),
		]);
	});

	it('finds what the policy would block or what would escape it', () => {
		expect(problems('<script>alert(1)</script>')).toEqual([
			`an inline script its policy does not name (${cspHash('alert(1)')})`,
		]);
		expect(problems('<style>b{}</style>')).toEqual([
			`a <style> element its policy does not name (${cspHash('b{}')})`,
		]);
		expect(problems('<script src="https://cdn.example.com/x.js"></script>')).toEqual([
			'a script from another origin',
		]);
		expect(problems('<link rel="stylesheet" href="//cdn.example.com/x.css">')).toEqual([
			'a style sheet from another origin',
		]);
		expect(problems('', '<img src="x" onerror="alert(1)">')).toEqual([
			expect.stringMatching(/^an event handler attribute on <img>/),
		]);
		// Browsers drop tabs and line breaks from URLs, and ignore case in the scheme.
		for (const href of ['JavaScript:alert(1)', ' java\tscript:alert(1)'])
			expect(problems('', `<a href="${href}">x</a>`)).toEqual(['a javascript: URL on <a>']);
		expect(problems('', '<a href="/javascript:notes/">x</a>')).toEqual([]);
		expect(problems('', '<object data="x.swf"></object>')).toEqual([
			'an <object> (plugins are not allowed)',
		]);
	});
});
