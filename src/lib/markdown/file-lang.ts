import { relative } from 'node:path';
import type { VFile } from 'vfile';
import type { Handbook } from '../content/model.ts';
import { langOfDocPath } from '../i18n/locales.ts';

/** The edition a chapter being compiled belongs to, from its path under the docs folder. */
export const langOfFile = (handbook: Handbook, file: VFile): string =>
	langOfDocPath(file.path ? relative(handbook.data.paths.docsDir, file.path) : '');
