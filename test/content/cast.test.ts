import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { chapterSources, type ChapterText } from '../helpers/chapters.ts';

// content/cast.yaml is the one fixed world of the book's examples: one operator, its products, and a
// small cast of customers, suppliers and partners. These checks keep the chapters inside it: no
// names from before the cast existed, no invented companies, no cast member in a role the cast does
// not give it, and the operator introduced once.

const kinds = ['customer', 'supplier', 'partner'] as const;
type Kind = (typeof kinds)[number];

interface Member {
	name: string;
	kind: Kind;
	otherKinds?: Kind[];
	segment: string;
	description: string;
}

interface Cast {
	operator: { name: string; fullName: string; kind: string; segment: string; description: string };
	products: { name: string; description: string }[];
	cast: Member[];
}

const cast = parse(readFileSync(join(process.cwd(), 'content', 'cast.yaml'), 'utf8')) as Cast;

/** Names used in examples before the cast existed; each was replaced by a cast member. */
const retired = [
	'Meridian Logistics',
	'Meridian',
	'Harbor Fiber',
	'Lakeside Fiber',
	'Ridgeway Networks',
	'Ridgeway',
	'Summit Towers',
	'Brightline Installations',
	'Tomás Ferreira',
	'Tomás',
	'Priya Nair',
	'Priya',
	'Amira',
	'Okafor',
];

/** "<Capitalized> Logistics" and the like: a company name, which must come from the cast. */
const companyPhrase = /\b([A-Z][a-z]+) (Logistics|Clinic|Bank|Devices|Fiber|Telecom|Retail|Energy|Media|Systems)\b/g;
/** Capitalized words that can open such a phrase without naming a company ("The Telecom Operations Map"). */
const notAName = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'Their', 'Our', 'Every', 'Each', 'Enhanced', 'Business', 'Operations', 'Support']);

/** The reader-visible text of a chapter on one line: frontmatter strings and the body without tags. */
function plainText(c: ChapterText): string {
	const strings: string[] = [];
	const collect = (v: unknown): void => {
		if (typeof v === 'string') strings.push(v);
		else if (Array.isArray(v)) v.forEach(collect);
		else if (v && typeof v === 'object') Object.values(v).forEach(collect);
	};
	collect(c.frontmatter);
	return `${strings.join('\n')}\n${c.body.replace(/<[^>]+>/g, ' ')}`.replace(/\s+/g, ' ');
}

const chapters = chapterSources().map((c) => ({ file: c.file, part: c.part, text: plainText(c) }));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (name: string) => new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, 'gu');
const around = (text: string, index: number) => text.slice(Math.max(0, index - 40), index + 80).trim();
const firstWord = (name: string) => name.split(' ')[0]!;

describe('the cast file', () => {
	it('names the operator and gives every member a known kind, a segment and a description', () => {
		expect(cast.operator.name).toBe('Northwind');
		const names = cast.cast.map((m) => m.name);
		expect(new Set(names).size, 'duplicate names').toBe(names.length);
		// Chapters use the first word on its own ("Summit confirms the line"), so it must be unique too.
		const short = names.map(firstWord);
		expect(new Set(short).size, 'first words of the names must be unique').toBe(short.length);
		for (const m of cast.cast) {
			expect(kinds, `kind of ${m.name}`).toContain(m.kind);
			for (const k of m.otherKinds ?? []) expect(kinds, `otherKinds of ${m.name}`).toContain(k);
			expect(m.segment?.trim(), `segment of ${m.name}`).toBeTruthy();
			expect(m.description?.trim(), `description of ${m.name}`).toBeTruthy();
			expect(retired, `${m.name} is a retired name`).not.toContain(m.name);
		}
	});

	it('has every member appear in at least one chapter', () => {
		const unused = cast.cast.filter((m) => !chapters.some((c) => word(m.name).test(c.text)));
		expect(unused.map((m) => m.name)).toEqual([]);
	});
});

describe('example names in the chapters', () => {
	it('use none of the names that the cast replaced', () => {
		const found: string[] = [];
		for (const c of chapters) {
			for (const name of retired) {
				for (const m of c.text.matchAll(word(name))) found.push(`${c.file}: "${name}" in "${around(c.text, m.index)}"`);
			}
		}
		expect(found).toEqual([]);
	});

	it('name only companies from the cast', () => {
		const allowed = new Set([...cast.cast.map((m) => m.name), cast.operator.fullName, ...cast.products.map((p) => p.name)]);
		const found: string[] = [];
		for (const c of chapters) {
			for (const m of c.text.matchAll(companyPhrase)) {
				if (!allowed.has(m[0]) && !notAName.has(m[1]!)) found.push(`${c.file}: "${m[0]}" is not in content/cast.yaml (in "${around(c.text, m.index)}")`);
			}
		}
		expect(found).toEqual([]);
	});

	it('give each cast member only the roles the cast gives it', () => {
		const role = '([Cc]ustomer|[Ss]upplier|[Pp]artner)s?';
		const found: string[] = [];
		for (const member of cast.cast) {
			const roles = new Set<string>([member.kind, ...(member.otherKinds ?? [])]);
			for (const name of new Set([member.name, firstWord(member.name)])) {
				const n = escape(name);
				const patterns = [
					// "the supplier Summit Fiber", "a wholesale supplier, Summit Fiber"
					new RegExp(`\\b${role},? ${n}\\b`, 'g'),
					// "Summit Fiber, the wholesale access supplier", "Alpine Mobile, one of Northwind's roaming partners"
					new RegExp(`\\b${n}, (?:a|an|the|its|one of)\\b[^.;:]{0,50}?\\b${role}\\b`, 'g'),
					// "Summit is a supplier in S/PRM"
					new RegExp(`\\b${n} is (?:also |now )?(?:a|an|the)\\b[^.;:]{0,40}?\\b${role}\\b`, 'g'),
				];
				for (const c of chapters) {
					for (const re of patterns) {
						for (const m of c.text.matchAll(re)) {
							const said = m[1]!.toLowerCase();
							if (!roles.has(said)) found.push(`${c.file}: "${m[0]}" makes ${member.name} a ${said}; content/cast.yaml says ${[...roles].join(' and ')}`);
						}
					}
				}
			}
		}
		expect(found).toEqual([]);
	});

	it('introduce the operator once, in the Introduction', () => {
		const introduction = /\bNorthwind(?: Telecom)?, (?:a|an|the) [^.;:]{0,60}?\boperator\b/g;
		const found = chapters.flatMap((c) => [...c.text.matchAll(introduction)].map((m) => ({ file: c.file, part: c.part, at: around(c.text, m.index) })));
		expect(found.filter((f) => f.part !== 'introduction').map((f) => `${f.file}: "${f.at}" introduces Northwind again; just name it`)).toEqual([]);
		expect(found.map((f) => f.file), 'chapters that introduce Northwind').toHaveLength(1);
	});
});
