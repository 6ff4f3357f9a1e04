import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { Handbook, type HandbookData } from '../content/model.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { renderSocialImage } from './image.ts';
import type { DrawJob, DrawResult } from './draw-pool.ts';

// One thread of the pool in draw-pool.ts: draws the cards it is sent into their cache files, one at
// a time, and answers each with how long it took (or why it failed).
// No cache of libvips operations (a process-wide setting): every card is drawn once, and a cache
// would only hold memory.
sharp.cache(false);
const handbook = new Handbook(workerData as HandbookData);

parentPort!.on('message', async (job: DrawJob) => {
	const started = performance.now();
	let result: DrawResult;
	try {
		const png = await renderSocialImage(
			{ catalog: handbook.catalog, t: handbook.t(job.card.lang) },
			job.card
		);
		writeFileAtomic(job.file, png);
		result = { index: job.index, ms: performance.now() - started };
	} catch (error) {
		result = { index: job.index, ms: 0, error: (error as Error).message };
	}
	parentPort!.postMessage(result);
});
