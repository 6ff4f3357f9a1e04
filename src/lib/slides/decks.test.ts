import { describe, expect, it } from 'vitest';
import { chapterFrontmatter } from '../content/chapter-schema.ts';
import { sessionSlides } from '../content/courses.ts';
import { handbook } from '../../../test/helpers/handbook.ts';
import { chapterDecks, courseDayDecks, slideNotesPath } from './decks.ts';

const t = handbook.t();
const chapters = chapterDecks(handbook);
const days = courseDayDecks(handbook);
const listed = (deck: (typeof chapters)[number]) =>
	deck.content.slides.flatMap((s) => (s.kind === 'list' ? s.items : []));

describe('slide decks', () => {
	it('go to pdf/slides/, each with its notes beside it', () => {
		for (const deck of [...chapters, ...days]) {
			expect(deck.path).toMatch(/^pdf\/slides\/[a-z0-9-]+\.pdf$/);
			expect(deck.notesPath).toBe(slideNotesPath(deck.path));
		}
		expect(new Set([...chapters, ...days].map((d) => d.path)).size).toBe(
			chapters.length + days.length
		);
	});

	it.each(chapters.map((d) => [d.slug, d] as const))(
		'%s: title, objectives, diagrams, takeaways and questions, no answers on the slides',
		(slug, deck) => {
			const data = chapterFrontmatter.parse(handbook.source(slug)!.data);
			expect(deck.content.slides.map((s) => (s.kind === 'list' ? s.title : s.kind))).toEqual([
				t('etom.training.objectives'),
				'diagrams',
				t('etom.training.takeaways'),
				t('etom.training.review'),
			]);
			const items = listed(deck);
			for (const { question, answer } of data.review!) {
				expect(items).toContain(question);
				expect(items.join(' ')).not.toContain(answer);
			}
			const notes = deck.content.notes.blocks.flatMap((b) => b.items).join(' ');
			const { opening, misconceptions, prompts } = data.instructor!;
			for (const note of [opening, ...misconceptions, ...prompts]) expect(notes).toContain(note);
			for (const { answer } of data.review!) expect(notes).toContain(answer);
		}
	);

	it("show each course day's agenda and then the decks its sessions name, each once", () => {
		const bySlug = new Set(chapters.map((c) => c.slug));
		for (const course of handbook.data.courses)
			for (const [d, day] of course.days.entries()) {
				const deck = days.find((x) => x.path.endsWith(`${course.slug}-day-${d + 1}.pdf`))!;
				expect(deck.chapters).toEqual([...new Set(day.sessions.flatMap(sessionSlides))]);
				for (const slug of deck.chapters) expect(bySlug.has(slug), slug).toBe(true);
				expect(listed(deck as never)).toHaveLength(day.sessions.length);
			}
	});
});
