import { execFileSync } from 'node:child_process';
import { chapters, parts, type Chapter } from '../book.ts';
import { projectRoot } from '../paths.ts';

export interface PrintChapter extends Chapter {
	/** "3" for a chapter, "B" for an appendix. */
	number: string;
	/** Id prefix of the chapter in the print book; its title's anchor is `${prefix}top`. */
	prefix: string;
}

export interface PrintPart {
	part: Chapter['part'];
	/** Roman numeral of a part of the book; appendices have none. */
	numeral: string | undefined;
	chapters: PrintChapter[];
}

const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/**
 * The print book's structure: parts in reading order, chapters numbered 1, 2, 3 through the
 * teaching parts and lettered A, B, C in the appendices, as the contents and headings show them.
 */
export function printBook(list: Chapter[] = chapters()): PrintPart[] {
	let chapterNumber = 0;
	let appendixNumber = 0;
	let partNumber = 0;
	return parts
		.map((part) => {
			const isAppendix = part === 'appendices';
			const numeral = isAppendix ? undefined : roman[partNumber++];
			const members = list
				.filter((c) => c.part === part)
				.map((c) => {
					const number = isAppendix ? String.fromCharCode(65 + appendixNumber++) : String(++chapterNumber);
					return { ...c, number, prefix: `c${number.toLowerCase()}-` };
				});
			return { part, numeral, chapters: members };
		})
		.filter((p) => p.chapters.length > 0);
}

/**
 * The date printed on the cover. Reproducible: SOURCE_DATE_EPOCH if set, else the date of the last
 * commit, so that two builds of one commit are identical; today only outside a git checkout.
 */
export function editionDate(): string {
	const epoch = process.env.SOURCE_DATE_EPOCH;
	if (epoch) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
	try {
		return execFileSync('git', ['log', '-1', '--format=%cs'], { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return new Date().toISOString().slice(0, 10);
	}
}

/** A CSS string literal. */
export const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

/**
 * CSS `content` for a UI string with `{{page}}` and `{{pages}}` placeholders, e.g.
 * "Page {{page}} of {{pages}}" -> "Page " counter(page) " of " counter(pages).
 */
export function pageCounterContent(template: string): string {
	return template
		.split(/(\{\{\s*pages?\s*\}\})/)
		.filter((part) => part !== '')
		.map((part) => {
			const name = /\{\{\s*(pages?)\s*\}\}/.exec(part)?.[1];
			return name ? `counter(${name})` : cssString(part);
		})
		.join(' ');
}
