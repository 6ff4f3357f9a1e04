import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic.ts';
import {
	formatHeadersFile,
	headerPolicy,
	headerRules,
	type HeaderRule,
} from '../security/headers.ts';
import { checkPagePolicy, type PagePolicy, type PolicyProblem } from '../security/policy.ts';
import { distPages, scanPage } from './dist.ts';

export interface SecurityReport {
	pages: number;
	/** Distinct inline scripts and `<style>` elements across the site, each named by a hash. */
	inlineScripts: number;
	inlineStyles: number;
	/** What would be blocked or would escape the policy, by page URL. */
	problems: { page: string; problem: PolicyProblem }[];
	/** The `_headers` rules (none when there are problems). */
	rules: HeaderRule[];
}

/**
 * Checks that every page of a build carries its Content Security Policy and that nothing on it
 * would be blocked by it, then writes `_headers` for the hosts that read one (Netlify, Cloudflare
 * Pages) with the same policy as a header. Writes nothing when a page has a problem.
 */
export function checkSecurity(distDir: string, base = '/'): SecurityReport {
	const checked: PagePolicy[] = [];
	const problems: SecurityReport['problems'] = [];
	const pages = distPages(distDir, base);
	for (const { file, url } of pages) {
		const page = checkPagePolicy(scanPage(readFileSync(join(distDir, file), 'utf8')));
		checked.push(page);
		for (const problem of page.problems) problems.push({ page: url, problem });
	}
	const report = {
		pages: pages.length,
		inlineScripts: new Set(checked.flatMap((p) => p.scripts)).size,
		inlineStyles: new Set(checked.flatMap((p) => p.styles)).size,
		problems,
		rules: [] as HeaderRule[],
	};
	if (problems.length > 0) return report;
	report.rules = headerRules(base, headerPolicy(checked));
	writeFileAtomic(join(distDir, '_headers'), formatHeadersFile(report.rules));
	return report;
}
