import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { data } from 'virtual:etom/handbook';
import { chapterFrontmatter } from './lib/content/chapter-schema.ts';
import { i18nLoader } from './lib/i18n/loader.ts';

// Chapters live in content/docs (not src/content/docs), so Starlight's docsLoader() cannot be used;
// the glob below mirrors it: every .md/.mdx file whose name does not start with "_". The folders
// come from the content model, so fixture projects build their own chapters.
export const collections = {
	docs: defineCollection({
		loader: glob({ base: data.paths.docsDir, pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: chapterFrontmatter }),
	}),
	i18n: defineCollection({
		loader: i18nLoader(data.paths.i18nDir),
		schema: i18nSchema(),
	}),
};
