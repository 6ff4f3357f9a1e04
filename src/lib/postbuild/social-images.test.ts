import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { handbook } from '../../../test/helpers/handbook.ts';
import { socialPages } from '../social/cards.ts';
import { drawInWorkers } from '../social/draw-pool.ts';
import { renderSocialImage } from '../social/image.ts';
import { startSocialImages } from './social-images.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Drawing thirty cards takes a few seconds, more on a loaded machine.
describe('social images drawn on worker threads', { timeout: 60_000 }, () => {
	it('writes every page its image, the same a direct drawing makes, and keeps them by hash', async () => {
		dir = mkdtempSync(join(tmpdir(), 'etom-social-'));
		const cache = join(dir, 'cache');
		const pages = socialPages(handbook);
		const first = await startSocialImages(handbook, cache, 2).writeTo(join(dir, 'a'), () => {});
		expect(first).toMatchObject({ images: pages.length, drawn: pages.length, workers: 2 });
		const landing = pages.find((p) => p.slug === '')!;
		const direct = await renderSocialImage(
			{ catalog: handbook.catalog, t: handbook.t() },
			landing.card
		);
		expect(readFileSync(join(dir, 'a', landing.image)).equals(direct)).toBe(true);
		for (const page of pages)
			expect(readFileSync(join(dir, 'a', page.image)).length).toBeGreaterThan(0);

		// A damaged cache entry is drawn again, never copied; the rest come from the cache.
		const [damaged] = readdirSync(cache);
		writeFileSync(join(cache, damaged!), 'not a png');
		const second = await startSocialImages(handbook, cache).writeTo(join(dir, 'b'), () => {});
		expect(second).toMatchObject({ images: pages.length, drawn: 1 });
		expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('grows by the workers it is given, and reports how many drew', async () => {
		dir = mkdtempSync(join(tmpdir(), 'etom-social-'));
		const jobs = socialPages(handbook)
			.slice(0, 6)
			.map((page, index) => ({
				index,
				name: page.image,
				card: page.card,
				file: join(dir, `${index}.png`),
			}));
		const pool = drawInWorkers(handbook.data, jobs, () => {}, 1);
		pool.grow(2);
		const report = await pool.done;
		expect(report).toMatchObject({ drawn: 6, workers: 2 });
		expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(6);
	});

	it('fails with the image that could not be drawn', async () => {
		dir = mkdtempSync(join(tmpdir(), 'etom-social-'));
		const [page] = socialPages(handbook);
		const broken = { ...page!.card, area: '9.9' };
		await expect(
			drawInWorkers(
				handbook.data,
				[{ index: 0, name: 'og/broken.png', card: broken, file: join(dir, 'x.png') }],
				() => {}
			).done
		).rejects.toThrow(/og\/broken\.png/);
	});
});
