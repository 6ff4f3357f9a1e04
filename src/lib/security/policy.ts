import { find, html, svg } from 'property-information';
import type { PageElement } from '../postbuild/dist.ts';
import { cspHash } from './csp.ts';

/** A Content Security Policy as directives and their sources, in the order written. */
export type Policy = Map<string, string[]>;

/** Parses a policy (`a b; c d`). As in browsers, the first of two directives with one name wins. */
export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (!name) continue;
		const key = name.toLowerCase();
		if (!policy.has(key)) policy.set(key, sources);
	}
	return policy;
}

/** Writes a policy back as text. */
export const formatPolicy = (policy: Policy): string =>
	[...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** The directive a browser applies to a kind of content, falling back as CSP Level 3 says. */
const fallbacks = {
	'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
	'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
} as const;

/** The sources that govern `directive` in a policy (undefined: the policy does not restrict it). */
export function effectiveSources(
	policy: Policy,
	directive: keyof typeof fallbacks
): string[] | undefined {
	for (const name of fallbacks[directive]) {
		const sources = policy.get(name);
		if (sources) return sources;
	}
	return undefined;
}

/** Whether a policy lets an inline element with this text run or apply. */
export function allowsInline(
	policy: Policy,
	directive: keyof typeof fallbacks,
	text: string
): boolean {
	const sources = effectiveSources(policy, directive);
	if (!sources) return true;
	if (sources.includes(`'${cspHash(text)}'`)) return true;
	// 'unsafe-inline' counts only where no hash or nonce names the allowed elements.
	return sources.includes("'unsafe-inline'") && !sources.some((s) => /^'(sha\d+|nonce)-/.test(s));
}

/** Something on a page that its policy would block, or that would escape it. */
export interface PolicyProblem {
	what: string;
	/** The start of the offending markup, to find it by. */
	sample: string;
}

/** A page's policy and the inline scripts and styles it holds. */
export interface PagePolicy {
	/** The page's `<meta http-equiv="content-security-policy">`, parsed; undefined when it has none. */
	policy: Policy | undefined;
	/** Text of each inline script (of a type that runs) and each `<style>` element. */
	scripts: string[];
	styles: string[];
	problems: PolicyProblem[];
}

const scriptTypes = new Set([
	'',
	'module',
	'text/javascript',
	'application/javascript',
	'text/ecmascript',
	'application/ecmascript',
]);
const foreign = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
const sample = (text: string) => text.trim().replace(/\s+/g, ' ').slice(0, 60);
const urlAttributes = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'data'];

/** An attribute's property name (`onclick` -> `onClick`, `xlink:href` -> `xLinkHref`), as hast names it. */
const propertyOf = (el: PageElement, attribute: string) =>
	find(el.inSvg ? svg : html, attribute).property;

/**
 * Checks a built page against its own policy, as a browser would apply it: every inline script and
 * `<style>` must be named by a hash, scripts and style sheets must come from the site itself, and
 * nothing may run from an attribute (event handlers, `javascript:` URLs) or a plugin (`<object>`,
 * `<embed>`). Elements before the policy's `<meta>` are checked too: a host that sends the policy
 * as a header applies it to the whole document.
 */
export function checkPagePolicy(elements: PageElement[]): PagePolicy {
	const problems: PolicyProblem[] = [];
	const meta = elements.find(
		(el) =>
			el.tagName === 'meta' &&
			el.attributes['http-equiv']?.toLowerCase() === 'content-security-policy'
	);
	const content = meta?.attributes.content;
	const policy = content === undefined ? undefined : parsePolicy(content);
	if (!policy)
		problems.push({
			what: 'the page has no Content Security Policy (<meta http-equiv="content-security-policy">)',
			sample: '',
		});
	const scripts: string[] = [];
	const styles: string[] = [];
	for (const el of elements) {
		if (el.tagName === 'script') checkScript(el, policy, scripts, problems);
		else if (el.tagName === 'style') {
			const { text } = el;
			styles.push(text);
			if (policy && !allowsInline(policy, 'style-src-elem', text))
				problems.push({
					what: `a <style> element its policy does not name (${cspHash(text)})`,
					sample: sample(text),
				});
		} else if (el.tagName === 'link' && /\bstylesheet\b/.test(el.attributes.rel ?? '')) {
			const href = el.attributes.href ?? '';
			if (foreign(href)) problems.push({ what: 'a style sheet from another origin', sample: href });
		} else if (el.tagName === 'object' || el.tagName === 'embed') {
			problems.push({ what: `an <${el.tagName}> (plugins are not allowed)`, sample: '' });
		}
		for (const [attribute, value] of Object.entries(el.attributes)) {
			const name = propertyOf(el, attribute);
			if (/^on[A-Z]/.test(name))
				problems.push({
					what: `an event handler attribute on <${el.tagName}>, which runs no script under the policy`,
					sample: `${attribute}="${sample(value)}"`,
				});
			else if (
				urlAttributes.includes(name) &&
				/^\s*javascript:/i.test(value.replace(/[\t\n\r]/g, ''))
			)
				problems.push({
					what: `a javascript: URL on <${el.tagName}>`,
					sample: sample(value),
				});
		}
	}
	return { policy, scripts, styles, problems };
}

function checkScript(
	el: PageElement,
	policy: Policy | undefined,
	scripts: string[],
	problems: PolicyProblem[]
): void {
	const type = (el.attributes.type ?? '').trim().toLowerCase();
	// JSON and other data blocks never run.
	if (!scriptTypes.has(type)) return;
	const src = el.attributes.src;
	if (src !== undefined) {
		if (foreign(src)) problems.push({ what: 'a script from another origin', sample: src });
		return;
	}
	const { text } = el;
	scripts.push(text);
	if (policy && !allowsInline(policy, 'script-src-elem', text))
		problems.push({
			what: `an inline script its policy does not name (${cspHash(text)})`,
			sample: sample(text),
		});
}
