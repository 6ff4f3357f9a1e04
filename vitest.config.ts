import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Two files at a time even on a 2-core machine: most of a site test's time is a child build
		// or a browser doing work, so two of them keep both cores busy.
		maxWorkers: 2,
		projects: [
			{
				// Logic in src/lib, tested beside it.
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'test/typecheck.test.ts', 'test/format.test.ts'],
				},
			},
			{
				// The book's content, checked at the source: sections, apparatus, length, acronyms.
				test: { name: 'content', include: ['test/content/**/*.test.ts'] },
			},
			{
				// The dev server as a maintainer uses it: chapters saved, added and removed while it runs.
				test: {
					name: 'dev',
					include: ['test/dev/**/*.test.ts'],
					testTimeout: 90_000,
					hookTimeout: 90_000,
				},
			},
			{
				// Tests on a real build of the handbook (built once by the global setup) and on small
				// fixture handbooks; browser tests drive Chromium against the built site.
				test: {
					name: 'site',
					include: ['test/build/**/*.test.ts', 'test/browser/**/*.test.ts'],
					globalSetup: ['test/setup/build-site.ts'],
					// Files run side by side: every build other than the global setup's builds a fixture
					// project (test/fixtures/<name>/) with an .astro/ folder of its own.
					testTimeout: 120_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});
