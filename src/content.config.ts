import { createHash } from 'node:crypto';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { data } from 'virtual:etom/handbook';
import { chapterFrontmatter } from './lib/content/chapter-schema.ts';
import { i18nLoader } from './lib/i18n/loader.ts';

// Chapters live in content/docs (not src/content/docs), so Starlight's docsLoader() cannot be used;
// the glob below mirrors it: every .md/.mdx file whose name does not start with "_". The folders
// come from the content model, so fixture projects build their own chapters.
const chapters = glob({ base: data.paths.docsDir, pattern: '**/[^_]*.{md,mdx}' });
// Astro renders a plain Markdown (.md) chapter when the content syncs and keeps the result between
// builds until the file's text changes; the catalog tags put catalog names and links into it, so the
// content model goes into each entry's digest too, and a changed catalog renders the chapters again.
const model = createHash('sha256').update(JSON.stringify(data)).digest('hex');

export const collections = {
	docs: defineCollection({
		loader: {
			...chapters,
			load: (context) =>
				chapters.load({
					...context,
					generateDigest: (content) =>
						context.generateDigest(typeof content === 'string' ? `${model}\n${content}` : content),
				}),
		},
		schema: docsSchema({ extend: chapterFrontmatter }),
	}),
	i18n: defineCollection({
		loader: i18nLoader(data.paths.i18nDir),
		schema: i18nSchema(),
	}),
};
