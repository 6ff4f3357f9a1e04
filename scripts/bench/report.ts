import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser } from '../../src/lib/browser.ts';
import { serveStatic } from '../../src/lib/static-server.ts';
import { handbook as realHandbook } from '../../test/helpers/handbook.ts';
import { measureDevLoop, type DevLoopFigures } from './dev-loop.ts';
import { measureEditions, type EditionFigures } from './editions.ts';
import { lighthouseScores, type LighthouseScores } from './lighthouse.ts';
import {
	measureDiagrams,
	measureFullBuild,
	measurePdf,
	measureSiteBuild,
	type DiagramFigures,
	type PdfFigures,
	type SiteBuildFigures,
} from './measure.ts';
import { pageWeight, type PageWeight } from './page-weight.ts';
import { measureSocialImages, type SocialImageFigures } from './social-images.ts';
import { writeHandbookProject, writeSyntheticHandbook, writeVanillaSource } from './synthetic.ts';

export interface BuildRun {
	build: SiteBuildFigures;
	weight: PageWeight;
}

export interface SyntheticRun {
	processes: number;
	handbook: BuildRun;
	vanilla: BuildRun;
}

export interface BenchResults {
	machine: { cpus: number; node: string; date: string };
	handbook: BuildRun & {
		social?: SocialImageFigures;
		diagrams?: DiagramFigures;
		pdf?: PdfFigures;
		/** The site build of the English edition alone and of every edition. */
		editions?: EditionFigures;
		/** `npm run build` as on a fresh clone: diagrams from the committed cache, social images cold, PDFs. */
		fullBuild?: { wallMs: number };
		dev?: DevLoopFigures;
		lighthouse?: Record<string, LighthouseScores>;
	};
	synthetic: SyntheticRun[];
}

export interface BenchOptions {
	sizes: number[];
	lighthouse: boolean;
	log: (message: string) => void;
}

/**
 * The benchmark: the real handbook (site, search index, the English edition alone against every
 * edition, social images, diagrams cold and cached, PDF, Lighthouse), then synthetic handbooks of each size, each built twice: by the handbook and
 * by vanilla Starlight from the same pages.
 */
export async function runBench({ sizes, lighthouse, log }: BenchOptions): Promise<BenchResults> {
	// Inside the project (bench/.work is git-ignored), so that the benchmark projects' configurations
	// resolve astro and Starlight from our node_modules.
	mkdirSync(join(process.cwd(), 'bench', '.work'), { recursive: true });
	const work = mkdtempSync(join(process.cwd(), 'bench', '.work', 'run-'));
	try {
		log('building the handbook');
		const outDir = join(work, 'handbook', 'dist');
		writeHandbookProject(join(work, 'handbook'), {
			coursesDir: realHandbook.data.paths.coursesDir,
		});
		const build = await measureSiteBuild(join(work, 'handbook'), outDir);
		const handbook: BenchResults['handbook'] = { build, weight: pageWeight(outDir) };
		log('building the English edition alone, then every edition');
		handbook.editions = await measureEditions(work);
		log('drawing the social images cold');
		handbook.social = await measureSocialImages(realHandbook);
		if (findBrowser().found) {
			log('rendering the diagrams cold and cached');
			handbook.diagrams = await measureDiagrams();
			if (lighthouse) {
				log('running Lighthouse');
				const server = await serveStatic(outDir);
				try {
					handbook.lighthouse = {
						landing: await lighthouseScores(server.url),
						chapter: await lighthouseScores(`${server.url}operations/crm/`),
					};
				} finally {
					await server.close();
				}
			}
			log('writing the PDFs');
			handbook.pdf = await measurePdf(realHandbook, outDir);
			log(
				'npm run build as on a fresh clone (committed diagram and page caches, cold social images, PDFs)'
			);
			handbook.fullBuild = await measureFullBuild(join(work, 'full'));
		}
		log('the dev loop: start, first page, an edit, a new chapter');
		handbook.dev = await measureDevLoop(work);

		const synthetic: SyntheticRun[] = [];
		for (const processes of sizes) {
			log(`synthetic handbook, ${processes} Level-3 pages: handbook build`);
			const dir = join(work, `synthetic-${processes}`);
			writeSyntheticHandbook(join(dir, 'handbook'), processes);
			const ours = join(dir, 'handbook', 'dist');
			const handbookRun = {
				build: await measureSiteBuild(join(dir, 'handbook'), ours),
				weight: pageWeight(ours),
			};
			rmSync(ours, { recursive: true, force: true });

			log(`synthetic handbook, ${processes} Level-3 pages: vanilla Starlight build`);
			// A project inside this one, so that its packages resolve from our node_modules.
			const root = join(process.cwd(), 'bench', '.work', `vanilla-${processes}`);
			rmSync(root, { recursive: true, force: true });
			writeVanillaSource(root, processes);
			mkdirSync(join(dir, 'vanilla'), { recursive: true });
			const theirs = join(dir, 'vanilla', 'dist');
			const vanilla = { build: await measureSiteBuild(root, theirs), weight: pageWeight(theirs) };
			rmSync(root, { recursive: true, force: true });
			synthetic.push({ processes, handbook: handbookRun, vanilla });
		}
		return {
			machine: {
				cpus: (await import('node:os')).availableParallelism(),
				node: process.version,
				date: new Date().toISOString().slice(0, 10),
			},
			handbook,
			synthetic,
		};
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
