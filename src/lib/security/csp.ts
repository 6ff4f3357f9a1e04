import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';

/**
 * The handbook's Content Security Policy, in one place: src/config.ts hands it to Astro, which
 * writes it into every page as a `<meta>` with the hashes of the scripts and styles it emits, and
 * the post-build step writes the same policy into the hosts' header file (src/lib/security/headers.ts).
 */

/** A CSP source expression for a script or style: `sha256-<base64>` of its exact text. */
export type CspHash = `sha256-${string}`;

/** The CSP hash of an inline script or style element's text (SHA-256, Astro's default algorithm). */
export const cspHash = (text: string): CspHash =>
	`sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/**
 * Every directive besides `script-src` and `style-src`, which Astro writes itself. Nothing comes
 * from another origin: the site makes no third-party request. `data:` images are the icons that
 * Starlight's and Pagefind's stylesheets embed.
 */
export const pageDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/**
 * Directives a `<meta>` policy cannot carry (browsers ignore them there), so only the header file
 * has them: no other site may frame the handbook.
 */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/**
 * Scripts: the site's own files, the hashes Astro computes for the scripts it bundles or inlines,
 * and the hashes of the components' `is:inline` scripts (src/lib/security/inline-scripts.ts).
 * `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly search engine; it allows no `eval()`
 * of JavaScript. No `'unsafe-inline'`: a script that nobody hashed does not run.
 */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Style sheets and `<style>` elements (`style-src-elem`): the site's style sheets and the hashes of
 * its `<style>` elements (each diagram's and the print page's).
 */
export const styleElementResources = ["'self'"] as const;

/**
 * `style` attributes (`style-src-attr`) are allowed: Starlight's components set CSS variables in
 * them and every Mermaid drawing styles its shapes with them; a style attribute cannot run code.
 */
export const styleAttributeResources = ["'unsafe-inline'"] as const;

type AstroCsp = Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>;

/** Astro's `security.csp` setting: the policy above plus the hashes of the components' inline scripts. */
export function astroCsp(inlineScriptHashes: CspHash[]): AstroCsp {
	return {
		algorithm: 'SHA-256',
		directives: [...pageDirectives],
		scriptDirective: { resources: [...scriptResources], hashes: inlineScriptHashes },
		// Scoped: the hashes go to style-src-elem with the elements' sources, attributes get their own rule.
		styleDirective: {
			resources: [
				...styleElementResources.map((resource) => ({ resource, kind: 'element' as const })),
				...styleAttributeResources.map((resource) => ({ resource, kind: 'attribute' as const })),
			],
		},
	};
}
