// @ts-check
// Starlight as it comes, for the benchmark's side-by-side figures: `astro build --root <project>
// --config scripts/bench/vanilla.config.mjs` on a project written by writeVanillaSource()
// (scripts/bench/synthetic.ts). Nothing of the handbook is used.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [starlight({ title: 'Vanilla Starlight', sidebar: [{ label: 'Operations', items: [{ autogenerate: { directory: 'operations' } }] }] })],
});
