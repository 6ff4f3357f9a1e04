import { describe, expect, it } from 'vitest';
import { instructorNotes } from '../../src/lib/content/chapter-schema.ts';
import { chapterSources } from '../helpers/chapters.ts';

// Instructor notes (issue 14): every teaching chapter carries them, and its timing leaves room
// for what the chapter asks a class to do.
const teaching = chapterSources().filter((c) => c.part !== 'appendices');

/** The least time a chapter can be taught in: an introduction, each review question, each exercise. */
const floorMinutes = (review: number, exercises: number) => 10 + 3 * review + 10 * exercises;

describe('instructor notes', () => {
	it('are written for every teaching chapter', () => {
		expect(teaching.length).toBeGreaterThan(20);
		expect(teaching.filter((c) => c.frontmatter.instructor === undefined).map((c) => c.file)).toEqual([]);
	});

	it.each(teaching.map((c) => [c.file, c] as const))('%s: notes are complete and the minutes fit the chapter', (_, c) => {
		const notes = instructorNotes.parse(c.frontmatter.instructor);
		expect(notes.minutes % 5, 'minutes in steps of 5').toBe(0);
		const floor = floorMinutes(c.frontmatter.review?.length ?? 0, c.frontmatter.exercises?.length ?? 0);
		expect(notes.minutes, `at least ${floor} minutes for its review questions and exercises`).toBeGreaterThanOrEqual(floor);
		expect(notes.misconceptions.length).toBeGreaterThanOrEqual(2);
		expect(notes.prompts.length).toBeGreaterThanOrEqual(2);
	});
});
