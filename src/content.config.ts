import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterFrontmatter } from './lib/chapter-schema.ts';
import { i18nLoader } from './lib/i18n-loader.ts';
import { docsDir } from './lib/paths.ts';

// Chapters live in content/docs (not src/content/docs), so Starlight's docsLoader() cannot be used;
// the glob below mirrors it: every .md/.mdx file whose name does not start with "_".
export const collections = {
	docs: defineCollection({
		loader: glob({ base: docsDir(), pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: chapterFrontmatter }),
	}),
	i18n: defineCollection({
		loader: i18nLoader(),
		schema: i18nSchema(),
	}),
};
