// npm run diagrams: regenerates the catalog's diagrams, renders every diagram missing from the
// committed cache, and removes cache entries no diagram uses. With --check it changes nothing and
// exits 1 if anything is out of date.
import { findBrowser } from '../src/lib/browser.ts';
import { diagramCacheDir, handbookPaths } from '../src/lib/content/paths.ts';
import { removeCached } from '../src/lib/diagrams/cache.ts';
import { DiagramService } from '../src/lib/diagrams/service.ts';
import {
	allDiagrams,
	cacheStatus,
	staleGenerated,
	writeGenerated,
} from '../src/lib/diagrams/sync.ts';

const check = process.argv.includes('--check');
const paths = handbookPaths();
if (check) {
	const stale = staleGenerated(paths);
	const { missing, orphaned } = cacheStatus(paths);
	for (const f of stale) console.error(`stale: ${f} (run npm run diagrams)`);
	for (const d of missing) console.error(`not rendered: ${d.origin}`);
	for (const k of orphaned) console.error(`orphaned cache entry: diagrams/cache/${k}.json`);
	const ok = stale.length + missing.length + orphaned.length === 0;
	console.log(ok ? 'diagrams: up to date' : 'diagrams: out of date');
	process.exit(ok ? 0 : 1);
}

for (const f of writeGenerated(paths)) console.log(`regenerated ${f}`);
const started = performance.now();
const service = new DiagramService(
	findBrowser(),
	{ info: (m) => console.log(m) },
	diagramCacheDir(paths)
);
try {
	const diagrams = allDiagrams(paths);
	await Promise.all(diagrams.map((d) => service.get(d)));
	const { orphaned } = cacheStatus(paths, diagrams);
	for (const key of orphaned) removeCached(key, diagramCacheDir(paths));
	console.log(
		`${service.summary()}, ${orphaned.length} orphaned entries removed, in ${((performance.now() - started) / 1000).toFixed(1)} s`
	);
} finally {
	await service.close();
}
