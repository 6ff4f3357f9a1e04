// @ts-check
import { defineConfig } from 'astro/config';
import { handbookConfig } from './src/config.ts';
import { pdfSettingFrom } from './src/lib/pdf/setting.ts';

// The handbook, configured for deployment from the environment, so that one build recipe serves
// any static host: SITE_URL (absolute URLs, sitemap), BASE_PATH (e.g. /etom-handbook/), PDF_PAPER
// (A4 or letter), PDF_DUPLEX (1: chapters open on right-hand pages) and PDF (auto, on or off). Everything else is in src/config.ts.
export default defineConfig(
	handbookConfig({
		site: process.env.SITE_URL,
		base: process.env.BASE_PATH,
		paper: process.env.PDF_PAPER,
		duplex: process.env.PDF_DUPLEX,
		pdf: pdfSettingFrom(process.env.PDF),
	})
);
