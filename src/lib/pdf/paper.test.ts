import { describe, expect, it } from 'vitest';
import { duplexFrom, paperFrom } from './paper.ts';

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

describe('duplexFrom', () => {
	it('is off unless asked for, and rejects values it does not know', () => {
		expect(duplexFrom(undefined)).toBe(false);
		expect(duplexFrom('0')).toBe(false);
		expect(duplexFrom('1')).toBe(true);
		expect(duplexFrom('on')).toBe(true);
		expect(duplexFrom(true)).toBe(true);
		expect(() => duplexFrom('both')).toThrow(/PDF_DUPLEX=both: use 1/);
	});
});
