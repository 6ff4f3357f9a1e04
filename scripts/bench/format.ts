import type { EditionFigures } from './editions.ts';
import type { BenchResults, BuildRun } from './report.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number | undefined) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(2)} s`);
const ratio = (a: number, b: number) => (b === 0 ? '-' : `${(a / b).toFixed(2)}x`);

function table(headers: string[], rows: string[][]): string {
	const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const buildRows = (label: string, run: BuildRun): [string, string][] => [
	[`${label} build time`, s(run.build.wallMs)],
	[`${label} search index`, s(run.build.searchIndexMs)],
	[`${label} peak memory`, mb(run.build.peakRssBytes)],
	[`${label} dist size`, mb(run.build.distBytes)],
];

/** The English edition alone against every edition: build time, dist size, pages. */
const editionRows = ({ one, all, editions }: EditionFigures): string[][] => [
	[
		'site build, English alone / all editions',
		`${s(one.wallMs)} / ${s(all.wallMs)} (${editions} editions, ${ratio(all.wallMs, one.wallMs)})`,
	],
	[
		'peak memory, English alone / all editions',
		`${mb(one.peakRssBytes)} / ${mb(all.peakRssBytes)}`,
	],
	[
		'dist size, English alone / all editions',
		`${mb(one.distBytes)} / ${mb(all.distBytes)} (${ratio(all.distBytes, one.distBytes)})`,
	],
	['HTML pages, English alone / all editions', `${one.htmlPages} / ${all.htmlPages}`],
];

/** The target the editions have: N editions cost at most N times the English edition's site build. */
const editionTarget = ({ one, all, editions }: EditionFigures): string[] => {
	const cost = all.wallMs / one.wallMs;
	return [
		`site build, ${editions} editions vs English alone`,
		`<= ${editions}.00x`,
		`${cost.toFixed(2)}x`,
		cost <= editions ? 'met' : 'NOT MET',
	];
};

/** The editions' figures alone (`npm run bench -- --only=editions`). */
export function formatEditions(e: EditionFigures): string {
	return [
		'Targets',
		table(['target', 'limit', 'this run', ''], [editionTarget(e)]),
		'',
		'Editions',
		table(['figure', 'value'], editionRows(e)),
	].join('\n');
}

/** The benchmark as text: the real handbook, then each synthetic size against vanilla Starlight. */
export function formatReport(r: BenchResults): string {
	const h = r.handbook;
	const real: string[][] = [
		...buildRows('site', h),
		['HTML pages', String(h.build.htmlPages)],
		[
			'HTML per page, median / max (raw)',
			`${kb(h.weight.html.medianRaw)} / ${kb(h.weight.html.maxRaw)}`,
		],
		[
			'HTML per page, median / max (gzip)',
			`${kb(h.weight.html.medianGzip)} / ${kb(h.weight.html.maxGzip)}`,
		],
		[
			'JS per page, median (raw / gzip)',
			`${kb(h.weight.js.medianRaw)} / ${kb(h.weight.js.medianGzip)}`,
		],
		[
			'HTML+CSS+JS per page, median / max (gzip)',
			`${kb(h.weight.totalGzip.median)} / ${kb(h.weight.totalGzip.max)}`,
		],
		['social images, drawn in the build', s(h.build.socialImagesMs)],
	];
	if (h.editions) real.push(...editionRows(h.editions));
	if (h.social)
		real.push([
			'social images, cold / cached',
			`${s(h.social.ms)} for ${h.social.images} / ${s(h.social.keysMs)}`,
		]);
	if (h.diagrams)
		real.push([
			'diagrams, cold / cached',
			`${s(h.diagrams.coldMs)} for ${h.diagrams.diagrams} / ${s(h.diagrams.cachedMs)}`,
		]);
	if (h.pdf)
		real.push([
			'PDF export (book, handouts, poster)',
			`${s(h.pdf.ms)}; book ${h.pdf.bookPages} pages, ${mb(h.pdf.bookBytes)}; all ${mb(h.pdf.allBytes)}`,
		]);
	if (h.fullBuild)
		real.push(['npm run build, fresh clone (with PDFs), wall', s(h.fullBuild.wallMs)]);
	if (h.dev)
		real.push(
			[
				'dev server ready, first start / usual / first page',
				`${s(h.dev.coldReadyMs)} / ${s(h.dev.readyMs)} / ${s(h.dev.firstPageMs)}`,
			],
			['dev: edited chapter served after', s(h.dev.editMs)],
			['dev: new chapter in the sidebar after', s(h.dev.newChapterMs)]
		);
	for (const [page, l] of Object.entries(h.lighthouse ?? {})) {
		real.push([
			`Lighthouse ${page} (perf / a11y / best / SEO)`,
			`${l.performance} / ${l.accessibility} / ${l.bestPractices} / ${l.seo}`,
		]);
	}

	const headers = [
		'figure',
		...r.synthetic.flatMap((x) => [`${x.processes} handbook`, `${x.processes} vanilla`, 'ratio']),
	];
	const figure = (name: string, pick: (run: BuildRun) => number, format: (n: number) => string) => [
		name,
		...r.synthetic.flatMap((x) => [
			format(pick(x.handbook)),
			format(pick(x.vanilla)),
			ratio(pick(x.handbook), pick(x.vanilla)),
		]),
	];
	const synthetic = [
		figure('pages', (b) => b.build.htmlPages, String),
		figure(
			'build time',
			(b) => b.build.wallMs,
			(n) => s(n)
		),
		figure(
			'search index',
			(b) => b.build.searchIndexMs ?? 0,
			(n) => s(n)
		),
		figure(
			'social images drawn (worker time)',
			(b) => b.build.socialImagesMs ?? 0,
			(n) => s(n)
		),
		figure(
			'social images, wait after the pages',
			(b) => b.build.socialWaitMs ?? 0,
			(n) => s(n)
		),
		figure('peak memory', (b) => b.build.peakRssBytes, mb),
		figure('dist size', (b) => b.build.distBytes, mb),
		figure('total HTML', (b) => b.weight.htmlTotalBytes, mb),
		figure('HTML/page median raw', (b) => b.weight.html.medianRaw, kb),
		figure('HTML/page max raw', (b) => b.weight.html.maxRaw, kb),
		figure('HTML/page median gzip', (b) => b.weight.html.medianGzip, kb),
		figure('HTML/page max gzip', (b) => b.weight.html.maxGzip, kb),
		figure('JS/page median raw', (b) => b.weight.js.medianRaw, kb),
		figure('HTML+CSS+JS/page max gzip', (b) => b.weight.totalGzip.max, kb),
	];
	const growth = r.synthetic.slice(1).map((x, i) => {
		const prev = r.synthetic[i]!;
		const factor = x.processes / prev.processes;
		return `  ${prev.processes} -> ${x.processes} pages (x${factor}): total HTML x${(x.handbook.weight.htmlTotalBytes / prev.handbook.weight.htmlTotalBytes).toFixed(2)} (vanilla x${(x.vanilla.weight.htmlTotalBytes / prev.vanilla.weight.htmlTotalBytes).toFixed(2)})`;
	});
	return [
		...targets(r),
		'',
		`eTOM Handbook benchmark (${r.machine.cpus} cores, Node ${r.machine.node}, ${r.machine.date})`,
		'',
		'The handbook',
		table(['figure', 'value'], real),
		'',
		'Synthetic handbooks (Level-3 pages), the handbook against vanilla Starlight on the same pages',
		table(headers, synthetic),
		'',
		'Growth of total HTML',
		...growth,
	].join('\n');
}

/**
 * The figures the performance targets name, each with its limit and whether this run met it, so
 * that a regression shows in review (README, "Benchmark").
 */
function targets(r: BenchResults): string[] {
	const rows: string[][] = [];
	const check = (name: string, limit: string, value: string, met: boolean) =>
		rows.push([name, limit, value, met ? 'met' : 'NOT MET']);
	const largest = r.synthetic.at(-1);
	if (largest) {
		const time = largest.handbook.build.wallMs / largest.vanilla.build.wallMs;
		const memory = largest.handbook.build.peakRssBytes / largest.vanilla.build.peakRssBytes;
		const pages = `${largest.processes} Level-3 pages`;
		check(`build time vs vanilla, ${pages}`, '<= 1.50x', `${time.toFixed(2)}x`, time <= 1.5);
		check(`peak memory vs vanilla, ${pages}`, '<= 1.20x', `${memory.toFixed(2)}x`, memory <= 1.2);
	}
	const { fullBuild, dev, editions } = r.handbook;
	if (editions) rows.push(editionTarget(editions));
	if (fullBuild)
		check(
			'npm run build, fresh clone, PDFs',
			'<= 30 s',
			s(fullBuild.wallMs),
			fullBuild.wallMs <= 30_000
		);
	if (dev) {
		check('dev server ready', '< 3 s', s(dev.readyMs), dev.readyMs < 3000);
		check('dev: edited chapter served', '< 1 s', s(dev.editMs), dev.editMs < 1000);
		check('dev: new chapter shown, no manual restart', 'shown', s(dev.newChapterMs), true);
	}
	return ['Targets', table(['target', 'limit', 'this run', ''], rows)];
}
