// npm run pdf: writes the handbook's PDFs into an existing build (dist/ by default).
//   --paper=letter (or PDF_PAPER=letter) for US Letter; A4 otherwise.
//   --duplex (or PDF_DUPLEX=1) for duplex printing: parts and chapters open on right-hand pages.
//   --dist=<folder> to use another build; BASE_PATH must match the one the build used.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findBrowser } from '../src/lib/browser.ts';
import { loadHandbook } from '../src/lib/content/load.ts';
import { handbookPaths } from '../src/lib/content/paths.ts';
import { exportPdfs, summary } from '../src/lib/pdf/export.ts';
import { duplexFrom, paperFrom } from '../src/lib/pdf/paper.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const lookup = findBrowser();
if (!lookup.found) {
	console.error(`PDF export needs a browser. ${lookup.message}`);
	process.exit(1);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const paper = paperFrom(arg('paper') ?? process.env.PDF_PAPER);
const duplex = process.argv.includes('--duplex') || duplexFrom(process.env.PDF_DUPLEX);
const paths = handbookPaths();
const report = await exportPdfs({
	handbook: loadHandbook(paths, version),
	distDir: resolve(arg('dist') ?? 'dist'),
	base: process.env.BASE_PATH || '/',
	paper,
	duplex,
	browser: lookup.found,
	pageCache: paths.pageCacheFile,
	log: (m) => console.log(`[pdf] ${m}`),
});
console.log(`[pdf] ${summary(report)} (${paper}${duplex ? ', duplex' : ''})`);
