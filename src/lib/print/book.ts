import { parts, type Chapter } from '../content/book.ts';
import { answerKeySlug } from './editions.ts';

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
 * The answer key stays on the site: no print edition holds it (see editions.ts).
 */
export function printBook(list: Chapter[]): PrintPart[] {
	let chapterNumber = 0;
	let appendixNumber = 0;
	let partNumber = 0;
	return parts
		.map((part) => {
			const isAppendix = part === 'appendices';
			const numeral = isAppendix ? undefined : roman[partNumber++];
			const members = list
				.filter((c) => c.part === part && c.slug !== answerKeySlug)
				.map((c) => {
					const number = isAppendix
						? String.fromCharCode(65 + appendixNumber++)
						: String(++chapterNumber);
					return { ...c, number, prefix: `c${number.toLowerCase()}-` };
				});
			return { part, numeral, chapters: members };
		})
		.filter((p) => p.chapters.length > 0);
}

/**
 * A CSS string literal, safe inside a `<style>` element: `<` and `>` as CSS escapes, so that a title
 * holding `</style>` cannot end the element and put markup into the page.
 */
export const cssString = (s: string) =>
	`"${s
		.replace(/\\/g, '\\\\')
		.replace(/"/g, '\\"')
		.replace(/\n/g, ' ')
		.replace(/</g, '\\3c ')
		.replace(/>/g, '\\3e ')}"`;

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
