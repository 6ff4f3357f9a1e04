// npm run pdf: writes the handbook's PDFs into an existing build (dist/ by default).
//   --paper=letter (or PDF_PAPER=letter) for US Letter; A4 otherwise.
//   --dist=<folder> to use another build; BASE_PATH must match the one the build used.
import { resolve } from 'node:path';
import { findChromium, noBrowserHelp } from '../src/lib/browser.ts';
import { exportPdfs, summary, type Paper } from '../src/lib/pdf/export.ts';
import { paperFrom } from '../src/lib/pdf/paper.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const chromiumPath = findChromium();
if (!chromiumPath) {
	console.error(`PDF export needs a browser. ${noBrowserHelp}`);
	process.exit(1);
}
const paper: Paper = paperFrom(arg('paper') ?? process.env.PDF_PAPER);
const report = await exportPdfs({
	distDir: resolve(arg('dist') ?? 'dist'),
	base: process.env.BASE_PATH || '/',
	paper,
	chromiumPath,
	log: (m) => console.log(`[pdf] ${m}`),
});
console.log(`[pdf] ${summary(report)} (${paper})`);
