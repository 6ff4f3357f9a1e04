import { relative } from 'node:path';
import type { VFile } from 'vfile';
import type { Handbook } from '../content/model.ts';
import type { ChapterSource } from '../content/chapters.ts';
import { defaultLang, langOfDocPath, sourceDocPath } from '../i18n/locales.ts';

/** The edition a chapter being compiled belongs to, from its path under the docs folder. */
export const langOfFile = (handbook: Handbook, file: VFile): string =>
	langOfDocPath(file.path ? relative(handbook.data.paths.docsDir, file.path) : '');

/** The English chapter that a translated chapter being compiled translates; none for an English one. */
export function englishSourceOf(handbook: Handbook, file: VFile): ChapterSource | undefined {
	if (!file.path || langOfFile(handbook, file) === defaultLang) return undefined;
	const own = relative(handbook.data.paths.docsDir, file.path).split('\\').join('/');
	return handbook.data.chapters.find(
		(c) => c.lang === defaultLang && c.file === sourceDocPath(own)
	);
}
