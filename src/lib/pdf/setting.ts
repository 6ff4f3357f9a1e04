import type { BrowserLookup, FoundBrowser } from '../browser.ts';

/**
 * Whether a build makes the PDFs: `auto` when a browser is found (outside CI), `on` always (a build
 * without a browser fails), `false` never. Under CI, `auto` means `on`: a CI build must not lose the
 * PDFs silently; `PDF=off` is the explicit way out.
 */
export type PdfSetting = 'auto' | 'on' | false;

/** The setting from the PDF environment variable: auto (default), on, or off. */
export function pdfSettingFrom(value: string | undefined): PdfSetting {
	if (!value || /^auto$/i.test(value)) return 'auto';
	if (/^(on|true|1|yes)$/i.test(value)) return 'on';
	if (/^(off|false|0|no)$/i.test(value)) return false;
	throw new Error(
		`PDF=${value}: use auto (the default: PDFs when a browser is found), on (fail without a browser) or off (no PDFs).`
	);
}

/** Whether CI=… means a CI run (GitHub Actions, Netlify, Cloudflare Pages, Vercel and .ci/run set CI). */
export const isCi = (env: NodeJS.ProcessEnv) =>
	Boolean(env.CI) && !/^(false|0)$/i.test(env.CI ?? '');

export type PdfDecision =
	| { browser: FoundBrowser }
	| { skipped: string }
	/** The build must fail: PDFs are required and cannot be made. */
	| { error: string };

/** What the build does about the PDFs, given the setting, the browser search and the environment. */
export function pdfDecision(
	setting: PdfSetting,
	lookup: BrowserLookup,
	env: NodeJS.ProcessEnv
): PdfDecision {
	if (setting === false)
		return { skipped: 'PDFs are switched off (PDF=off, or pdf: false in the configuration)' };
	if (lookup.found) return { browser: lookup.found };
	if (setting === 'on' || isCi(env)) {
		const why = setting === 'on' ? 'PDF=on requires them' : 'a CI build (CI=true) requires them';
		return {
			error: `The PDFs cannot be made, and ${why}. ${lookup.message} To build without PDFs on purpose, set PDF=off.`,
		};
	}
	return { skipped: `${lookup.message} Then run "npm run pdf" (or build again).` };
}
