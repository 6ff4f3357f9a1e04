import type { Catalog } from './catalog.ts';
import type { Section } from './sections.ts';
import { displayPath } from './paths.ts';

/**
 * Areas and groupings (Level-0 and Level-1 processes, and the verticals) that no chapter explains:
 * every one of them needs a `<Process>` section, so the book cannot silently leave one out.
 */
export function groupingsWithoutChapter(catalog: Catalog, sections: Map<string, Section>): string[] {
	return groupings(catalog)
		.filter((g) => !sections.has(g.id))
		.map((g) => `${g.id} ${g.name}`);
}

/** The catalog's areas, Level-1 groupings and verticals, by id (a vertical's id is its key). */
export function groupings(catalog: Catalog): { id: string; name: string }[] {
	return [...catalog.processes.filter((p) => p.level <= 1).map((p) => ({ id: p.id, name: p.name })), ...catalog.verticals.map((v) => ({ id: v.key, name: v.name }))];
}

/** The build's message for groupings without a chapter. */
export function groupingError(catalog: Catalog, missing: string[]): string {
	return (
		`${displayPath(catalog.file)}: ${missing.length} grouping(s) of the catalog have no chapter: ${missing.join('; ')}. ` +
		'Give each a section with <Process id="..." /> in the chapter of its part (or remove it from the catalog).'
	);
}
