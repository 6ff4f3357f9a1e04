import { describe, expect, it } from 'vitest';
import { decodeUtf8, EncodingError } from './text-file.ts';

const bytes = (...parts: (string | number[])[]) =>
	Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

/** Decodes bytes that must be refused and returns the error. */
function refused(input: Uint8Array): EncodingError {
	try {
		decodeUtf8(input, '/x/content/docs/a.mdx');
	} catch (e) {
		expect(e).toBeInstanceOf(EncodingError);
		return e as EncodingError;
	}
	throw new Error('expected the bytes to be refused');
}

describe('decodeUtf8', () => {
	it('decodes UTF-8 text, keeping a byte-order mark as readFileSync does', () => {
		expect(decodeUtf8(bytes('Größe → ✓\n'), 'a')).toBe('Größe → ✓\n');
		expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'x'), 'a')).toBe('\uFEFFx');
	});

	it('names the line and column (in characters) of a Latin-1 byte, and the fix', () => {
		// "café" saved as Latin-1 on line 3, after a line with multi-byte characters.
		const e = refused(bytes('---\ntitle: “Ops” →\n', 'caf', [0xe9], '\n'));
		expect([e.line, e.column]).toEqual([3, 4]);
		expect(e.message).toBe(
			'/x/content/docs/a.mdx:3:4: the file is not UTF-8 text (byte 0xE9 does not start a UTF-8 character; was it saved as Latin-1, Windows-1252 or UTF-16?). Save it with the encoding UTF-8, or retype the character there.'
		);
	});

	it('points at the start of a broken sequence, not at the byte where decoding gave up', () => {
		// A three-byte sequence with a bad last byte, one cut short at the end, an overlong "/", a
		// UTF-16 surrogate, and the start of U+FFFD followed by a plain letter.
		expect(refused(bytes('ab', [0xe2, 0x82, 0x28])).column).toBe(3);
		expect(refused(bytes('abc', [0xe2, 0x82])).column).toBe(4);
		expect(refused(bytes('a', [0xc0, 0xaf])).column).toBe(2);
		expect(refused(bytes('a\nb', [0xed, 0xa0, 0x80])).line).toBe(2);
		expect(refused(bytes('✓', [0xef, 0xbf], 'A')).column).toBe(2);
	});

	it('refuses a UTF-16 file at its first byte', () => {
		const e = refused(Buffer.from('\uFEFFtitle', 'utf16le'));
		expect([e.line, e.column]).toEqual([1, 1]);
		expect(e.message).toMatch(/byte 0xFF/);
	});
});
