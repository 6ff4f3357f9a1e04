import { describe, expect, it } from 'vitest';
import { paperFrom } from './paper.ts';

describe('paperFrom', () => {
	it('defaults to A4 and accepts US Letter in the usual spellings', () => {
		expect(paperFrom(undefined)).toBe('A4');
		expect(paperFrom('a4')).toBe('A4');
		expect(paperFrom('letter')).toBe('Letter');
		expect(paperFrom('US-Letter')).toBe('Letter');
	});

	it('rejects anything else with the sizes it knows', () => {
		expect(() => paperFrom('A3')).toThrow(/Unknown paper size "A3": use A4 or letter/);
	});
});
