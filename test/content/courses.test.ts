import { describe, expect, it } from 'vitest';
import { sessionSlides } from '../../src/lib/content/courses.ts';
import { chapterSources } from '../helpers/chapters.ts';
import { handbook } from '../helpers/handbook.ts';

// The course plans of issue 14, checked against the book as it is: what a trainer follows on the
// day must exist, and the clock must work out.
const { courses } = handbook.data;
const chapters = new Map(chapterSources().map((c) => [c.slug, c]));

describe('course plans', () => {
	it('offer the one-day essentials course and the three-day Operations course', () => {
		expect(courses.map((c) => [c.title, c.days.length])).toEqual([
			['eTOM essentials', 1],
			['eTOM Operations in depth', 3],
		]);
	});

	it.each(courses.map((c) => [c.title, c] as const))('%s names only chapters, slides and exercises that exist', (_, course) => {
		const missing: string[] = [];
		for (const session of course.days.flatMap((d) => d.sessions)) {
			for (const slug of [...session.chapters, ...sessionSlides(session)]) if (!chapters.has(slug)) missing.push(`${session.title}: chapter ${slug}`);
			const titles = session.chapters.flatMap((slug) => (chapters.get(slug)?.frontmatter.exercises ?? []).map((e) => e.title));
			for (const title of session.exercises) if (!titles.includes(title)) missing.push(`${session.title}: exercise ${title}`);
		}
		expect(missing).toEqual([]);
	});

	it.each(courses.map((c) => [c.title, c] as const))('%s: the sessions of each day add up to the day, a teaching day of 6 to 8 hours', (_, course) => {
		for (const day of course.days) {
			expect(day.sessions.reduce((sum, s) => sum + s.minutes, 0), day.title).toBe(day.minutes);
			expect(day.minutes).toBeGreaterThanOrEqual(360);
			expect(day.minutes).toBeLessThanOrEqual(480);
		}
	});

	it('teach every chapter of the Operations part in the three-day course', () => {
		const taught = new Set(courses[1]!.days.flatMap((d) => d.sessions.flatMap((s) => s.chapters)));
		const operations = [...chapters.values()].filter((c) => c.part === 'operations').map((c) => c.slug);
		expect(operations.filter((slug) => !taught.has(slug))).toEqual([]);
	});
});
