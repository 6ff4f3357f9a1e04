import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { HandbookData } from '../content/model.ts';
import type { SocialPage } from './cards.ts';

/** One card to draw into `file`. */
export interface DrawJob {
	index: number;
	/** What the card is for, in error messages: the image's path in the output. */
	name: string;
	card: SocialPage;
	file: string;
}

/** A worker's answer: the time the card took, or why it could not be drawn. */
export interface DrawResult {
	index: number;
	ms: number;
	error?: string;
}

export interface DrawReport {
	drawn: number;
	/** Time spent drawing, summed over the workers. */
	drawMs: number;
	workers: number;
	/** Wall time from the first card to the last. */
	wallMs: number;
}

/** Cards being drawn: the report when all are done, and a way to give the drawing more threads. */
export interface DrawPool {
	done: Promise<DrawReport>;
	/** Adds workers up to `count` in all (no more than there are cards left), e.g. once cores are free. */
	grow(count: number): void;
}

/** A thread per core, at most four: what the pool grows to once the pages are rendered. */
export const allCores = () => Math.max(1, Math.min(4, availableParallelism()));

/**
 * Threads that draw social cards: satori's layout and sharp's rasterising are CPU work (about half of
 * the 20 ms a card that resvg took), so a thousand-page build spends about 20 s of CPU here. The
 * pool starts with the build and draws beside Astro, whose page rendering runs on one thread and is
 * the build's critical path: the pool leaves that thread a core of its own (one worker on a 2-core
 * machine, at most four). Two workers on two cores took CPU from the page rendering, and a second
 * worker's heap, satori and fonts (about 140 MB) added to the build's peak memory. Once the pages
 * are rendered, `grow` gives the rest of the cards the core the rendering had.
 */
export function drawInWorkers(
	data: HandbookData,
	jobs: DrawJob[],
	onDrawn: (done: number, result: DrawResult) => void,
	workerCount = Math.max(1, allCores() - 1)
): DrawPool {
	const started = performance.now();
	if (jobs.length === 0)
		return { done: Promise.resolve({ drawn: 0, drawMs: 0, workers: 0, wallMs: 0 }), grow() {} };
	const workers: Worker[] = [];
	let next = 0;
	let done = 0;
	let drawMs = 0;
	let failed = false;
	let settle: { resolve: (report: DrawReport) => void; reject: (error: Error) => void };
	const finished = new Promise<DrawReport>((resolve, reject) => (settle = { resolve, reject }));
	const stop = () => Promise.all(workers.map((w) => w.terminate()));
	const feed = (worker: Worker) => {
		if (next < jobs.length) worker.postMessage(jobs[next++]);
	};
	const fail = (error: Error) => {
		if (failed) return;
		failed = true;
		void stop().then(() => settle.reject(error));
	};
	const grow = (count: number) => {
		while (!failed && workers.length < count && next < jobs.length) {
			const worker = new Worker(new URL('./draw-worker.ts', import.meta.url), {
				workerData: data,
				// A card needs a few MB; without a limit each worker's heap grows to about 300 MB before V8
				// collects, which a thousand-page build pays in peak memory (measured: 2 workers add 580 MB
				// unbounded, 240 MB with these limits, at the same speed).
				resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 },
			});
			workers.push(worker);
			worker.on('error', fail);
			worker.on('message', (result: DrawResult) => {
				if (result.error !== undefined) {
					const job = jobs[result.index]!;
					fail(new Error(`Cannot draw the social image ${job.name}: ${result.error}`));
					return;
				}
				done++;
				drawMs += result.ms;
				onDrawn(done, result);
				if (done === jobs.length) {
					const report = {
						drawn: done,
						drawMs,
						workers: workers.length,
						wallMs: performance.now() - started,
					};
					void stop().then(() => settle.resolve(report));
				} else feed(worker);
			});
			feed(worker);
		}
	};
	grow(workerCount);
	return { done: finished, grow };
}
