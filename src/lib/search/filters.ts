import type { Handbook } from '../content/model.ts';
import { SEARCH_FILTER } from './tuning.ts';

/**
 * Search filters of a chapter, from the process sections it holds: the areas, the groupings
 * (Level-1 horizontals and verticals) and the levels it explains. Keys are UI strings, so the
 * filter names read well in every edition.
 */
export function searchFilters(
	handbook: Handbook,
	slug: string,
	lang?: string
): [string, string[]][] {
	const t = handbook.t(lang);
	const { catalog } = handbook;
	const areas = new Set<string>();
	const groupings = new Set<string>();
	const levels = new Set<number>();
	for (const section of handbook.source(slug)?.sections ?? []) {
		const process = catalog.byId(section.id);
		const vertical = catalog.vertical(section.id);
		if (vertical) {
			areas.add(catalog.get(vertical.area).name);
			groupings.add(vertical.name);
			levels.add(1);
		} else if (process) {
			areas.add(catalog.get(process.area).name);
			const grouping =
				process.level === 1 ? process : catalog.ancestors(process.id).find((a) => a.level === 1);
			if (grouping) groupings.add(grouping.name);
			levels.add(process.level);
		}
	}
	return (
		[
			[t(SEARCH_FILTER.area), [...areas]],
			[t(SEARCH_FILTER.grouping), [...groupings]],
			[
				t(SEARCH_FILTER.level),
				[...levels].sort().map((level) => t('etom.process.level', { level })),
			],
		] satisfies [string, string[]][]
	).filter(([, values]) => values.length > 0);
}
