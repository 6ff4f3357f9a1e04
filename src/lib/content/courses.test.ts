import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChapterSource } from './chapters.ts';
import { loadCourses, sessionSlides, slideDeckPath } from './courses.ts';

const chapter = (slug: string, exercises: string[] = [], teaching = true): ChapterSource => ({
	file: `${slug}.mdx`,
	slug,
	lang: 'en',
	data: {
		title: slug,
		exercises: exercises.map((title) => ({ title, task: 't', answer: 'a' })),
		...(teaching ? { instructor: { minutes: 30, opening: 'o', misconceptions: ['m'], prompts: ['p'] } } : {}),
	},
	sections: [],
	headingIds: [],
	tableIds: [],
});
const chapters = [
	chapter('operations/fulfillment', ["Map an order's journey"]),
	chapter('operations/overview'),
	chapter('appendices/glossary', [], false),
];

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'etom-courses-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a one-day course whose sessions are given as YAML list items. */
function course(sessions: string, dayMinutes = 90) {
	writeFileSync(join(dir, 'one-day.yaml'), `title: One day\nsummary: S.\naudience: A.\norder: 1\ndays:\n  - title: Day 1\n    minutes: ${dayMinutes}\n    sessions:\n${sessions}`);
}
const fulfillment = `      - title: Fulfillment\n        minutes: 75\n        chapters: [operations/fulfillment]\n        exercises: ["Map an order's journey"]\n      - title: Break\n        minutes: 15\n`;

describe('loadCourses', () => {
	it('reads a plan whose chapters and exercises exist and whose sessions fill the day', () => {
		course(fulfillment);
		const [plan] = loadCourses(dir, chapters);
		expect(plan?.slug).toBe('one-day');
		const [teaching, pause] = plan!.days[0]!.sessions;
		expect(sessionSlides(teaching!).map(slideDeckPath)).toEqual(['pdf/slides/operations-fulfillment.pdf']);
		expect(pause?.chapters).toEqual([]);
	});

	it('has no plans when the folder does not exist', () => {
		expect(loadCourses(join(dir, 'none'), chapters)).toEqual([]);
	});

	it('fails on sessions that do not add up to the day, naming the line', () => {
		course(fulfillment, 100);
		expect(() => loadCourses(dir, chapters)).toThrow(/one-day\.yaml:7: the sessions of "Day 1" add up to 90 minutes, but the day is 100/);
	});

	it('fails on a chapter, a slide deck or an exercise that does not exist', () => {
		course(`      - title: Fulfillment\n        minutes: 90\n        chapters: [operations/fulfilment]\n        slides: [operations/nowhere]\n        exercises: [Place an org chart on the matrix]\n`);
		const error = (() => {
			try {
				loadCourses(dir, chapters);
			} catch (e) {
				return (e as Error).message;
			}
		})();
		expect(error).toMatch(/one-day\.yaml:11: no chapter "operations\/fulfilment" in "Fulfillment"/);
		expect(error).toMatch(/one-day\.yaml:12: no chapter "operations\/nowhere"/);
		expect(error).toMatch(/one-day\.yaml:13: no exercise "Place an org chart on the matrix" in the chapters of "Fulfillment"/);
	});

	it('fails on a slide deck of a chapter that has none, naming the line', () => {
		course(`      - title: Words\n        minutes: 90\n        slides: [operations/overview, appendices/glossary]\n`);
		expect(() => loadCourses(dir, chapters)).toThrow(/one-day\.yaml:11: "appendices\/glossary" in "Words" has no slide deck/);
	});

	it('fails on a field the schema does not know, naming the line', () => {
		course(`      - title: Fulfillment\n        minutes: 90\n        chapter: operations/fulfillment\n`);
		expect(() => loadCourses(dir, chapters)).toThrow(/Invalid course plan .*one-day\.yaml:9: .*Unrecognized key: "chapter"/);
	});
});
