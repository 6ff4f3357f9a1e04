import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic.ts';
import {
	formatHeadersFile,
	headerPolicy,
	headerRules,
	type HeaderRule,
} from '../security/headers.ts';
import type { PagePolicy, PolicyProblem } from '../security/policy.ts';
import type { DistPage } from './dist.ts';

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
 * would be blocked by it (each page's policy as `checkPagePolicy` read it), then writes `_headers` for the hosts that read one (Netlify, Cloudflare
 * Pages) with the same policy as a header. Writes nothing when a page has a problem.
 */
export function checkSecurity(
	pages: (DistPage & { policy: PagePolicy })[],
	distDir: string,
	base = '/'
): SecurityReport {
	const checked = pages.map((p) => p.policy);
	const problems = pages.flatMap(({ url, policy }) =>
		policy.problems.map((problem) => ({ page: url, problem }))
	);
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
