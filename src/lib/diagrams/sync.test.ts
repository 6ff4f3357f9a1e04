import { describe, expect, it } from 'vitest';
import { cacheStatus, staleGenerated } from './sync.ts';

// The committed diagrams must match the catalog, and the committed render cache must hold exactly
// what the book uses: a build without a browser relies on it.
describe('committed diagrams', () => {
	it('generated from the catalog are fresh (npm run diagrams regenerates them)', () => {
		expect(staleGenerated()).toEqual([]);
	});

	it('are all rendered in diagrams/cache, with no orphaned entries (npm run diagrams fixes both)', () => {
		const { missing, orphaned } = cacheStatus();
		expect(missing.map((d) => d.origin)).toEqual([]);
		expect(orphaned).toEqual([]);
	});
});
