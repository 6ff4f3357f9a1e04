import { describe, expect, it } from 'vitest';
import { progressKey, progressText, readProgress, writeProgress } from './progress.ts';

describe('self-check progress', () => {
	it('round-trips the answered questions of a chapter', () => {
		const stored = writeProgress(new Set([3, 0, 2]));
		expect(stored).toBe('[0,2,3]');
		expect([...readProgress(stored, 5)]).toEqual([0, 2, 3]);
		expect(progressKey('operations/crm')).toBe('etom-self-check:operations/crm');
	});

	it('treats an unreadable or stale value as no progress, never as an error', () => {
		for (const stored of [null, '', 'not json', '{"a":1}', '"3"'])
			expect(readProgress(stored, 5).size, String(stored)).toBe(0);
		// A chapter that now has fewer questions keeps only the ones that still exist.
		expect([...readProgress('[0, 4, 7, -1, 1.5, "2"]', 5)]).toEqual([0, 4]);
	});

	it('fills in the progress line', () => {
		expect(progressText('{{done}} of {{total}} answered', 2, 5)).toBe('2 of 5 answered');
	});
});
