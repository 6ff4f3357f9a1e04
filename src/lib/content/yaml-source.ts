import { LineCounter, isNode, parseDocument, visit, type Document } from 'yaml';
import { displayPath } from './paths.ts';
import { readUtf8 } from './text-file.ts';

/** A YAML text that does not parse, with the line and column (1-based) where the parser stopped. */
export class YamlSyntaxError extends Error {
	readonly line: number;
	readonly column: number;
	/** The parser's message, without its own "at line x, column y". */
	readonly reason: string;

	constructor(line: number, column: number, reason: string) {
		super(`YAML syntax error at line ${line}, column ${column}: ${reason}`);
		this.name = 'YamlSyntaxError';
		this.line = line;
		this.column = column;
		this.reason = reason;
	}
}

export interface YamlSource {
	/** The parsed value, as plain data. */
	data: unknown;
	/**
	 * The line of the value at a path (e.g. `['processes', 3]`), or of its nearest ancestor that
	 * exists; undefined for an empty document.
	 */
	lineOf(path: readonly (string | number)[]): number | undefined;
}

const reasonOf = (message: string) =>
	message
		.split('\n')[0]!
		.replace(/ at line \d+, column \d+:?$/, '')
		.trim();

/**
 * Parses one YAML document and keeps its positions, so that a checker can name the line of a
 * value it rejects. Any failure of the YAML library (syntax, a nested alias bomb, an alias to no
 * anchor) becomes a {@link YamlSyntaxError} with a place.
 */
export function parseYamlSource(text: string): YamlSource {
	const lineCounter = new LineCounter();
	let doc: Document.Parsed;
	try {
		// Warnings (such as a mapping used as a key) are not printed: the checks that follow reject
		// what matters, with its line.
		doc = parseDocument(text, { lineCounter, logLevel: 'error' });
	} catch (cause) {
		throw new YamlSyntaxError(1, 1, reasonOf((cause as Error).message));
	}
	const error = doc.errors[0];
	if (error) {
		const at = error.linePos?.[0];
		throw new YamlSyntaxError(at?.line ?? 1, at?.col ?? 1, reasonOf(error.message));
	}
	const lineAt = (offset: number) => lineCounter.linePos(offset);
	let data: unknown;
	try {
		data = doc.toJS();
	} catch (cause) {
		// An alias the library cannot resolve (no such anchor, or too many expansions): point at it.
		let at = { line: 1, col: 1 };
		visit(doc, {
			Alias(_, node) {
				if (node.range && node.resolve(doc) === undefined) {
					at = lineAt(node.range[0]);
					return visit.BREAK;
				}
			},
		});
		throw new YamlSyntaxError(at.line, at.col, reasonOf((cause as Error).message));
	}
	return {
		data,
		lineOf(path) {
			for (let n = path.length; n >= 0; n--) {
				const node = n > 0 ? doc.getIn(path.slice(0, n), true) : doc.contents;
				if (isNode(node) && node.range) return lineAt(node.range[0]).line;
			}
			return undefined;
		},
	};
}

/**
 * Reads a UTF-8 YAML file of the content (`what` names it in messages, e.g. "glossary"), with its
 * positions. A syntax error names the file, the line and the column, and the fix.
 */
export function readYamlFile(file: string, what: string): YamlSource {
	try {
		return parseYamlSource(readUtf8(file));
	} catch (cause) {
		if (!(cause instanceof YamlSyntaxError)) throw cause;
		throw new Error(
			`Invalid ${what} ${displayPath(file)}:${cause.line}:${cause.column}: YAML syntax error: ${cause.reason}. Fix the YAML there (indentation, a missing quote, colon or bracket).`,
			{ cause }
		);
	}
}
