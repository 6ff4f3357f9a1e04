// npm run links: checks the links of an existing build (dist/ by default).
//   Internal links and anchors always (as the build does); with --external, also every link to
//   another site, over the network (opt-in: the build and CI never need the network). Exits with 1
//   when a link is broken or dead.
//   --dist=<folder> for another build (BASE_PATH must match the one it was built with);
//   --concurrency=<n> requests at once (default 8); --timeout=<ms> per request (default 10000).
import { resolve } from 'node:path';
import {
	checkExternalLinks,
	collectExternalLinks,
	externalLinksReport,
} from '../src/lib/links/external.ts';
import { checkLinks } from '../src/lib/postbuild/links.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const distDir = resolve(arg('dist') ?? 'dist');
const base = process.env.BASE_PATH || '/';

const broken = checkLinks(distDir, base);
for (const b of broken) console.log(`[links] broken: ${b.page}: ${b.href}: ${b.reason}`);
console.log(`[links] internal: ${broken.length} broken`);
let failed = broken.length > 0;

if (process.argv.includes('--external')) {
	const links = collectExternalLinks(distDir, base);
	console.log(`[links] checking ${links.length} external links...`);
	let done = 0;
	const results = await checkExternalLinks(links, {
		concurrency: Number(arg('concurrency') ?? 8),
		timeoutMs: Number(arg('timeout') ?? 10_000),
		onResult: (r) => {
			done++;
			if (r.state !== 'ok') console.log(`[links] ${done}/${links.length} ${r.state}: ${r.url}`);
		},
	});
	const report = externalLinksReport(results);
	for (const line of report.lines) console.log(`[links] ${line}`);
	failed ||= report.dead > 0;
} else {
	console.log('[links] external links not checked (add --external; it needs the network)');
}
process.exit(failed ? 1 : 0);
