import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { spellOutAbbreviations } from './spell-out.ts';

const spelled = (html: string) => {
	const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
	spellOutAbbreviations(tree);
	return unified().use(rehypeStringify).stringify(tree);
};
const sla = '<abbr title="Service Level Agreement">SLA</abbr>';

describe('spellOutAbbreviations', () => {
	it('spells out the first use of each acronym, once', () => {
		expect(spelled(`<p>An ${sla} is kept.</p><p>The ${sla} again.</p>`)).toBe(
			`<p>An ${sla} (Service Level Agreement) is kept.</p><p>The ${sla} again.</p>`
		);
	});

	it('skips headings and captions, and spells out the next use instead', () => {
		expect(
			spelled(`<h3>The ${sla}</h3><figure><figcaption>${sla}</figcaption></figure><p>${sla}</p>`)
		).toBe(
			`<h3>The ${sla}</h3><figure><figcaption>${sla}</figcaption></figure><p>${sla} (Service Level Agreement)</p>`
		);
	});

	it('leaves an acronym whose expansion the text already gives', () => {
		for (const html of [
			`<p>A Service Level Agreement (${sla}) is kept.</p>`,
			`<ul><li>${sla}: Service Level Agreement</li></ul>`,
		])
			expect(spelled(html)).not.toContain('(Service Level Agreement)</');
		expect(spelled(`<p>A Service Level Agreement (${sla}) is kept.</p>`)).toBe(
			`<p>A Service Level Agreement (${sla}) is kept.</p>`
		);
	});
});
