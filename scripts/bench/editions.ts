import { cpSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { handbookPaths } from '../../src/lib/content/paths.ts';
import { editionsIn, locales } from '../../src/lib/i18n/locales.ts';
import { measureSiteBuild, type SiteBuildFigures } from './measure.ts';
import { writeHandbookProject } from './synthetic.ts';

export interface EditionFigures {
	/** The site build (no PDFs) of the English edition alone. */
	one: SiteBuildFigures;
	/** The same build with every edition of the handbook. */
	all: SiteBuildFigures;
	/** How many editions `all` has. */
	editions: number;
}

/**
 * What the editions cost: the real handbook's site built twice in projects of their own, the same
 * way (cold caches, no PDFs): once from a copy of its chapters without the translations' folders
 * (an edition exists once its folder content/docs/<lang>/ does, src/lib/i18n/locales.ts), once with
 * every edition.
 */
export async function measureEditions(work: string): Promise<EditionFigures> {
	const real = handbookPaths();
	const translated = Object.keys(locales).filter((key) => key !== 'root');
	const englishDocs = join(work, 'english-docs');
	cpSync(real.docsDir, englishDocs, {
		recursive: true,
		filter: (src) => !translated.includes(relative(real.docsDir, src).split(sep)[0]!),
	});
	const build = async (name: string, docsDir: string) => {
		const root = join(work, name);
		writeHandbookProject(root, { docsDir, coursesDir: real.coursesDir });
		try {
			return await measureSiteBuild(root, join(root, 'dist'));
		} finally {
			rmSync(join(root, 'dist'), { recursive: true, force: true });
		}
	};
	const one = await build('english', englishDocs);
	const all = await build('editions', real.docsDir);
	return { one, all, editions: editionsIn(real.docsDir).length };
}
