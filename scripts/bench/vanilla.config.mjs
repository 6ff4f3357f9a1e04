// @ts-check
// Starlight as it comes, for the benchmark's side-by-side figures: copied as astro.config.mjs into
// the project that writeVanillaSource() (scripts/bench/synthetic.ts) writes. Nothing of the
// handbook is used.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [
		starlight({
			title: 'Vanilla Starlight',
			sidebar: [{ label: 'Operations', items: [{ autogenerate: { directory: 'operations' } }] }],
		}),
	],
});
