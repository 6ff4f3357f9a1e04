import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { defaultLang, keyOfLang } from '../../src/lib/i18n/locales.ts';
import { editionStatus } from '../../src/lib/i18n/status.ts';
import { handbook } from '../helpers/handbook.ts';

// The Spanish, Indonesian and Polish editions: complete, consistent with their term bases, and
// written in their language.
const { paths } = handbook.data;
const editions = handbook.data.editions.filter((lang) => lang !== defaultLang);

const termBase = z.strictObject({
	lang: z.string(),
	terms: z.array(
		z.strictObject({
			en: z.string().min(1),
			local: z.string().min(1),
			avoid: z.array(z.string().min(1)).optional(),
			note: z.string().optional(),
		})
	),
});

/** A chapter's text as a reader sees it: no frontmatter, tags, code, URLs or catalog names. */
function prose(file: string): string {
	let text = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
	text = text
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/`[^`]*`/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.replace(/\*[^*\n]+\*/g, ' ')
		// A name may wrap across lines in the source.
		.replace(/\s+/g, ' ');
	// Official names stay English in every edition: the catalog's names and earlier names.
	const names = [
		...handbook.catalog.processes.flatMap((p) => [p.name, ...p.aliases.map((a) => a.name)]),
		...handbook.catalog.verticals.map((v) => v.name),
	].sort((a, b) => b.length - a.length);
	for (const name of names) text = text.split(name).join(' | ');
	return text;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}'’-]+|[^\s\p{L}]/gu) ?? [];

describe.each(editions)('the %s edition', (lang) => {
	const status = editionStatus(paths, lang);
	const translatedChapters = status.items.filter(
		(i) => i.translation.startsWith('content/docs/') && i.status !== 'missing'
	);

	it('translates every chapter, UI string and catalog summary (no English fallback page ships)', () => {
		const missing = status.items.filter((i) => i.status === 'missing').map((i) => i.translation);
		expect(missing).toEqual([]);
		expect(status.missingStrings).toEqual([]);
		expect(status.missingSummaries).toEqual([]);
	});

	it('has a valid term base, and its chapters never use a form it rules out', () => {
		const file = join(paths.i18nDir, `terms.${lang}.yaml`);
		const base = termBase.parse(parse(readFileSync(file, 'utf8')));
		expect(base.lang).toBe(lang);
		const found: string[] = [];
		for (const { translation } of translatedChapters) {
			const text = readFileSync(join(paths.root, translation), 'utf8').toLowerCase();
			for (const term of base.terms)
				for (const avoid of term.avoid ?? []) {
					const pattern = new RegExp(`(?<![\\p{L}])${avoid.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
					if (pattern.test(text)) found.push(`${translation}: "${avoid}" (use "${term.local}" for "${term.en}")`);
				}
		}
		expect(found).toEqual([]);
	});

	it('leaves no run of ten English words in a chapter, apart from names', () => {
		const english = new Set<string>();
		for (const { source } of translatedChapters) for (const w of words(prose(join(paths.root, source)))) english.add(w);
		const runs: string[] = [];
		for (const { translation, source } of translatedChapters) {
			const own = words(prose(join(paths.root, translation)));
			let run: string[] = [];
			for (const w of [...own, '|']) {
				if (/\p{L}/u.test(w) && english.has(w)) run.push(w);
				else {
					if (run.length >= 10) runs.push(`${translation}: "${run.join(' ')}" (from ${source})`);
					run = [];
				}
			}
		}
		expect(runs).toEqual([]);
	});

	it('serves every page of the edition in its language folder', () => {
		expect(keyOfLang(lang)).not.toBe('root');
		expect(translatedChapters.length).toBeGreaterThan(0);
	});
});
