import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { displayPath } from './paths.ts';

/** A source file that is not UTF-8 text, with the place of its first byte that does not decode. */
export class EncodingError extends Error {
	readonly file: string;
	readonly line: number;
	readonly column: number;
	/** What is wrong and the fix, without the place. */
	readonly reason: string;

	constructor(file: string, line: number, column: number, byte: number) {
		const hex = byte.toString(16).toUpperCase().padStart(2, '0');
		const reason =
			`the file is not UTF-8 text (byte 0x${hex} does not start a UTF-8 character; was it saved as ` +
			'Latin-1, Windows-1252 or UTF-16?). Save it with the encoding UTF-8, or retype the character there.';
		super(`${displayPath(file)}:${line}:${column}: ${reason}`);
		this.name = 'EncodingError';
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}
}

// ignoreBOM keeps a byte-order mark as the character U+FEFF, as readFileSync(file, 'utf8') does.
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * A source file's bytes as text. Node's own UTF-8 decoding replaces bytes it cannot decode with
 * U+FFFD without a word, so a chapter saved as Latin-1 would be published with broken letters;
 * here it fails with the line and column of the first such byte.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
	if (isUtf8(bytes)) return lenient.decode(bytes);
	// The longest prefix that is valid UTF-8 ends where the first bad sequence starts. Its end is at
	// most three bytes before the first byte where the bytes and their lenient re-encoding differ.
	const reencoded = Buffer.from(lenient.decode(bytes));
	let end = 0;
	while (end < bytes.length && bytes[end] === reencoded[end]) end++;
	while (end > 0 && !isUtf8(bytes.subarray(0, end))) end--;
	const lines = lenient.decode(bytes.subarray(0, end)).split('\n');
	// Columns count characters (code points), as editors do.
	throw new EncodingError(file, lines.length, [...lines.at(-1)!].length + 1, bytes[end]!);
}

/** Reads a source file (chapter, catalog, glossary, diagram) that must be UTF-8 text. */
export const readUtf8 = (file: string): string => decodeUtf8(readFileSync(file), file);
