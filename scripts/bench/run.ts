// npm run bench: what the handbook costs to build and to load, with the same synthetic pages built
// by vanilla Starlight for comparison. A measurement, not a test. Prints a table and writes
// bench/results.json.
//   --sizes=100,500,1000   synthetic handbook sizes (Level-3 pages)
//   --no-lighthouse        skip the Lighthouse scores
//   --only=editions        only the English edition alone against every edition (two site builds;
//                          prints the figures, leaves bench/results.json as it is)
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/lib/fs/atomic.ts';
import { measureEditions } from './editions.ts';
import { formatEditions, formatReport } from './format.ts';
import { runBench } from './report.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
if (arg('only') === 'editions') {
	mkdirSync(join(process.cwd(), 'bench', '.work'), { recursive: true });
	const work = mkdtempSync(join(process.cwd(), 'bench', '.work', 'editions-'));
	try {
		console.error('[bench] building the English edition alone, then every edition');
		console.log(formatEditions(await measureEditions(work)));
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	process.exit(0);
}
const sizes = (arg('sizes') ?? '100,500,1000').split(',').map(Number);
const results = await runBench({
	sizes,
	lighthouse: !process.argv.includes('--no-lighthouse'),
	log: (m) => console.error(`[bench] ${m}`),
});
// Through a temporary file: an interrupted run leaves the last results whole.
writeFileAtomic('bench/results.json', `${JSON.stringify(results, null, '\t')}\n`);
console.log(formatReport(results));
console.log('\nwritten: bench/results.json');
