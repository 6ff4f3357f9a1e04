// Preloaded into a child build (node --import) by scripts/lib/astro-build.ts: records the process's
// peak resident memory when it exits, for `npm run bench`.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
	const file = process.env.BENCH_RUSAGE_FILE;
	if (file) writeFileSync(file, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS * 1024 }));
});
