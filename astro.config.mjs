// @ts-check
import { defineConfig } from 'astro/config';
import { handbookConfig } from './src/config.ts';

// The handbook, configured for deployment from the environment, so that one build recipe serves
// any static host: SITE_URL (absolute URLs, sitemap), BASE_PATH (e.g. /etom-handbook/) and
// PDF_PAPER (A4 or letter). Everything else is in src/config.ts.
export default defineConfig(
	handbookConfig({ site: process.env.SITE_URL, base: process.env.BASE_PATH, paper: process.env.PDF_PAPER })
);
