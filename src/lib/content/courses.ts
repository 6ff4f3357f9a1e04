import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ChapterSource } from './chapters.ts';
import { courseSchema, type CourseData, type CourseSession } from './course-schema.ts';
import { defaultLang, keyOfLang, sourceDocPath } from '../i18n/locales.ts';
import { displayPath } from './paths.ts';
import { readYamlFile } from './yaml-source.ts';

/** A course plan (`content/courses/<slug>.yaml`), checked against the chapters it names. */
export interface Course extends CourseData {
	slug: string;
	/** Path relative to the courses folder. */
	file: string;
}

/** The slide decks a session shows: its `slides`, or else one per chapter it teaches. */
export const sessionSlides = (session: CourseSession): string[] => session.slides ?? session.chapters;

/** Where a chapter's slide deck is published, inside dist/: `pdf/slides/operations-fulfillment.pdf`. */
export const slideDeckPath = (chapterSlug: string): string =>
	`pdf/slides/${chapterSlug.replaceAll('/', '-')}.pdf`;

/**
 * Whether a chapter gets a slide deck: a teaching chapter does, and every teaching chapter has
 * instructor notes, which become the deck's speaker notes.
 */
export const hasSlideDeck = (chapter: ChapterSource): boolean => chapter.data.instructor !== undefined;

/**
 * Every course plan in `dir` (none when the folder does not exist), validated and checked against
 * the chapters: each chapter and slide deck a session names exists, each exercise belongs to one of
 * the session's chapters, and the sessions of a day add up to its length. Errors name the file,
 * the line and the fix.
 */
export function loadCourses(dir: string, chapters: ChapterSource[]): Course[] {
	if (!existsSync(dir)) return [];
	// An edition's plans (in <dir>/<lang>/) are read by loadTranslatedCourses.
	chapters = chapters.filter((c) => c.lang === defaultLang);
	const files = readdirSync(dir)
		.filter((f) => /\.ya?ml$/.test(f))
		.sort();
	return files
		.map((file) => loadCourse(dir, file, chapters))
		.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

function loadCourse(dir: string, file: string, chapters: ChapterSource[]): Course {
	const shown = displayPath(join(dir, file));
	const source = readYamlFile(join(dir, file), 'course plan');
	const parsed = courseSchema.safeParse(source.data);
	if (!parsed.success) {
		const path = (parsed.error.issues[0]?.path ?? []).filter((p) => typeof p !== 'symbol');
		throw new Error(`Invalid course plan ${shown}:${source.lineOf(path) ?? 1}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	}
	const course = parsed.data;
	const bySlug = new Map(chapters.map((c) => [c.slug, c]));
	const problems: string[] = [];
	const at = (path: (string | number)[]) => `${shown}:${source.lineOf(path) ?? 1}`;
	course.days.forEach((day, d) => {
		const total = day.sessions.reduce((sum, s) => sum + s.minutes, 0);
		if (total !== day.minutes) {
			problems.push(`${at(['days', d, 'minutes'])}: the sessions of "${day.title}" add up to ${total} minutes, but the day is ${day.minutes}. Change a session's minutes or the day's length so that they agree.`);
		}
		day.sessions.forEach((session, s) => {
			const place = ['days', d, 'sessions', s];
			for (const [key, slugs] of [['chapters', session.chapters], ['slides', session.slides ?? []]] as const) {
				slugs.forEach((slug, i) => {
					if (!bySlug.has(slug)) problems.push(`${at([...place, key, i])}: no chapter "${slug}" in "${session.title}". Use the path of a chapter's page, such as "operations/fulfillment".`);
				});
			}
			sessionSlides(session).forEach((slug, i) => {
				const chapter = bySlug.get(slug);
				const key = session.slides ? ['slides', i] : ['chapters', i];
				if (chapter && !hasSlideDeck(chapter)) problems.push(`${at([...place, ...key])}: "${slug}" in "${session.title}" has no slide deck (only a chapter with instructor notes gets one). Name a teaching chapter in "slides", or set "slides: []" for the session.`);
			});
			const titles = new Set(session.chapters.flatMap((slug) => exerciseTitles(bySlug.get(slug))));
			session.exercises.forEach((title, i) => {
				if (!titles.has(title)) problems.push(`${at([...place, 'exercises', i])}: no exercise "${title}" in the chapters of "${session.title}" (${session.chapters.join(', ') || 'none'}). Copy the title from a chapter's exercises, or add its chapter to the session.`);
			});
		});
	});
	if (problems.length > 0) throw new Error(`Invalid course plan ${shown}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
	return { ...course, slug: file.replace(/\.ya?ml$/, ''), file };
}

/**
 * An edition's course plans, `<dir>/<key>/<slug>.yaml` (a plan not yet translated is the English
 * one). A translated plan names chapters and exercises as the English plan does, so it is checked
 * the same way; its exercises are then shown by their titles in the edition's chapters (the
 * exercise at the same place in the translated chapter).
 */
export function loadTranslatedCourses(dir: string, chapters: ChapterSource[], lang: string, english: Course[]): Course[] {
	const folder = join(dir, keyOfLang(lang));
	const translated = new Map(chapters.filter((c) => c.lang === lang).map((c) => [sourceDocPath(c.file), c]));
	const bySlug = new Map(chapters.filter((c) => c.lang === defaultLang).map((c) => [c.slug, c]));
	return english.map((plan) => {
		const course = existsSync(join(folder, plan.file)) ? loadCourse(folder, plan.file, chapters.filter((c) => c.lang === defaultLang)) : plan;
		const localTitle = (slugs: string[], title: string) => {
			for (const slug of slugs) {
				const source = bySlug.get(slug);
				const i = exerciseTitles(source).indexOf(title);
				const local = source && translated.get(source.file);
				if (i >= 0) return local ? (exerciseTitles(local)[i] ?? title) : title;
			}
			return title;
		};
		return {
			...course,
			days: course.days.map((day) => ({
				...day,
				sessions: day.sessions.map((session) => ({ ...session, exercises: session.exercises.map((title) => localTitle(session.chapters, title)) })),
			})),
		};
	});
}

function exerciseTitles(chapter: ChapterSource | undefined): string[] {
	const exercises = chapter?.data.exercises;
	return Array.isArray(exercises) ? exercises.map((e: { title?: unknown }) => String(e.title)) : [];
}
