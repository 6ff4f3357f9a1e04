// npm run bench: builds the real handbook and reports what it costs. A measurement, not a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, noBrowserHelp } from '../src/lib/browser.ts';
import { formatTable, mb, measureDiagrams, measurePdf, measureSiteBuild, seconds } from '../src/lib/bench/measure.ts';
import { measureSocialImages } from '../src/lib/social-images-bench.ts';

const dir = mkdtempSync(join(tmpdir(), 'etom-bench-'));
try {
	const outDir = join(dir, 'dist');
	const site = await measureSiteBuild(outDir);
	const rows: [string, string][] = [
		['site build, wall time (no PDFs)', seconds(site.wallMs)],
		['site build, peak memory (RSS)', mb(site.peakRssBytes)],
		['dist/ size (no PDFs)', `${mb(site.distBytes)} in ${site.files} files, ${site.htmlPages} HTML pages`],
	];
	const social = await measureSocialImages();
	rows.push(['social images, cold', `${seconds(social.ms)} for ${social.images} images`], ['social images, cached (hashing)', seconds(social.keysMs)]);
	if (findChromium()) {
		const diagrams = await measureDiagrams();
		rows.push(['diagrams, cold', `${seconds(diagrams.coldMs)} for ${diagrams.diagrams} diagrams (light and dark)`], ['diagrams, cached', seconds(diagrams.cachedMs)]);
		const pdf = await measurePdf(outDir);
		rows.push(
			['PDF export, wall time', `${seconds(pdf.ms)} for ${pdf.files} PDFs`],
			['PDF book', `${pdf.bookPages} pages, ${mb(pdf.bookBytes)}`],
			['all PDFs', mb(pdf.allBytes)]
		);
	} else {
		rows.push(['diagrams and PDF', `not measured: ${noBrowserHelp}`]);
	}
	console.log(formatTable('eTOM Handbook benchmark', rows));
} finally {
	rmSync(dir, { recursive: true, force: true });
}
